package com.cp1ki;
import org.junit.jupiter.api.Test;
class SmokeTest { @Test void runs() { Launcher.main(new String[0]); } }
