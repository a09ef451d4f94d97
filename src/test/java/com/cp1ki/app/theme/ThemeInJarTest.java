package com.cp1ki.app.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The shipped {@code cp1ki.jar} loads the theme from {@code jar:} URLs, where a relative name such
 * as {@code ../charts/charts.css} does not resolve (it did in the class folder, and the workbench
 * then failed to start from the jar). Every stylesheet of every theme must resolve from a jar.
 */
class ThemeInJarTest {

    /** Loads the project's own classes from the jar, everything else (JavaFX) from the test's class path. */
    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL jar) {
            super(new URL[]{jar}, ThemeInJarTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("com.cp1ki.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }

        @Override
        public URL getResource(String name) {
            return findResource(name);
        }
    }

    @Test
    void everyThemeStylesheetResolvesWhenTheClassesComeFromAJar(@TempDir Path dir) throws Exception {
        Path classes = Path.of(Theme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes.resolve("com/cp1ki/app"))) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new ChildFirst(jar.toUri().toURL())) {
            Class<?> theme = Class.forName(Theme.class.getName(), true, loader);
            for (Object t : theme.getEnumConstants()) {
                for (Object url : (java.util.List<?>) theme.getMethod("stylesheets").invoke(t)) {
                    assertNotNull(url);
                    try (InputStream in = new URL(url.toString()).openStream()) {
                        assertNotNull(in.readAllBytes(), url.toString());
                    } catch (IOException e) {
                        throw new AssertionError(t + ": cannot read " + url, e);
                    }
                }
            }
        }
    }
}
