package com.cp1ki.app.files;

import com.cp1ki.io.files.UserFolders;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * What keeps the user's work safe around the window: where unsaved work is autosaved, how often,
 * and how often the open file is compared with the disk. Passed in, so tests use a temporary
 * folder and tick by hand, and never touch the user's own folders.
 *
 * @param recoveryFolder where autosaves go, or null for no autosave
 * @param ticker         runs the periodic autosave and disk check
 * @param clock          stamps autosaves
 * @param autosaveEvery  the autosave period while there are unsaved changes
 * @param idle           an autosave also follows this long after the last edit
 * @param diskCheckEvery how often the open file is compared with the disk (also on window focus)
 */
public record Safeguards(Path recoveryFolder, Ticker ticker, Clock clock, Duration autosaveEvery, Duration idle,
                         Duration diskCheckEvery) {

    /** No autosave and no periodic check (a check still runs when the window gains focus). */
    public static Safeguards off() {
        return new Safeguards(null, Ticker.NEVER, Clock.systemUTC(), Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    /** The shipped app: autosave every minute and 5 s after the last edit, into the user's folder. */
    public static Safeguards forUser() {
        return new Safeguards(UserFolders.recovery(), Ticker.daemon(), Clock.systemUTC(), Duration.ofMinutes(1),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    public Safeguards in(Path folder) {
        return new Safeguards(folder, ticker, clock, autosaveEvery, idle, diskCheckEvery);
    }
}
