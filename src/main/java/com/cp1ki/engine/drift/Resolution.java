package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which stack prices each model name of the log, and which workload each feature is. A model is
 * priced by the stack the settings map it to; else by the one API stack whose model field (or
 * name) is the same name, compared without case and separators ("claude-3.5-haiku" matches
 * "Claude 3-5 Haiku"). Anything else is reported, never priced at zero.
 */
final class Resolution {
    /** A trailing date in a model id: "-2024-08-06", "-20241022", "@20240620". */
    private static final Pattern DATED = Pattern.compile("[-_@.]?(\\d{4}-\\d{2}-\\d{2}|\\d{8})(-v\\d+(:\\d+)?)?$");

    final Stack[] modelStack;
    final String[] modelHow;
    final String[] modelSuggestion;
    final String[] featureWorkload;

    Resolution(Project project, LogData log, DriftSettings settings) {
        int m = log.models().size();
        modelStack = new Stack[m];
        modelHow = new String[m];
        modelSuggestion = new String[m];
        for (int i = 0; i < m; i++) {
            resolveModel(project, log.models().get(i), settings.models(), i);
        }
        featureWorkload = new String[log.features().size()];
        for (int f = 0; f < featureWorkload.length; f++) {
            featureWorkload[f] = workload(project, log.features().get(f), settings.features()).orElse(null);
        }
    }

    private void resolveModel(Project project, String model, Map<String, String> mapping, int i) {
        String target = mapping.get(model);
        if (target != null) {
            Optional<Stack> s = project.stack(target);
            if (s.isEmpty()) {
                modelHow[i] = "unknownStack";
            } else if (!(s.get().serving() instanceof ManagedApi)) {
                modelHow[i] = "selfHosted";
            } else {
                modelStack[i] = s.get();
                modelHow[i] = "mapped";
            }
            return;
        }
        List<Stack> hits = matches(project, norm(model));
        if (hits.size() == 1 && hits.get(0).serving() instanceof ManagedApi) {
            modelStack[i] = hits.get(0);
            modelHow[i] = "matched";
            return;
        }
        modelHow[i] = hits.isEmpty() ? "unmapped" : hits.size() > 1 ? "ambiguous" : "selfHosted";
        if (hits.isEmpty()) {
            String undated = DATED.matcher(model.strip()).replaceFirst("");
            List<Stack> like = undated.equals(model.strip()) ? List.of() : matches(project, norm(undated));
            modelSuggestion[i] = like.size() == 1 ? like.get(0).name() : null;
        }
    }

    /** Stacks whose model field matches; failing that, whose name does. */
    private static List<Stack> matches(Project project, String key) {
        List<Stack> byModel = new ArrayList<>();
        List<Stack> byName = new ArrayList<>();
        for (Stack s : project.stacks()) {
            if (s.serving() instanceof ManagedApi a && a.model() != null && norm(a.model()).equals(key)) {
                byModel.add(s);
            } else if (norm(s.name()).equals(key)) {
                byName.add(s);
            }
        }
        return byModel.isEmpty() ? byName : byModel;
    }

    private static Optional<String> workload(Project project, String feature, Map<String, String> mapping) {
        String target = mapping.get(feature);
        if (target != null) {
            return project.workload(target).map(Workload::name);
        }
        Optional<Workload> exact = project.workload(feature);
        if (exact.isPresent()) {
            return Optional.of(feature);
        }
        List<Workload> like = project.workloads().stream().filter(w -> norm(w.name()).equals(norm(feature))).toList();
        return like.size() == 1 ? Optional.of(like.get(0).name()) : Optional.empty();
    }

    /** Lower case, letters and digits only. */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
