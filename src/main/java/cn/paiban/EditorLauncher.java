package cn.paiban;

/** Opens the editor. A placeholder until the editor lands (issue 6). */
final class EditorLauncher {
    private EditorLauncher() {}

    static void open(String[] args) {
        System.err.println("paiban: the editor is not built yet; see 'paiban help' for headless commands");
        System.exit(2);
    }
}
