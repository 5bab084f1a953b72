package io.credlink;

import io.credlink.datagen.GenerateCommand;
import io.credlink.fraud.EvaluateCommand;
import io.credlink.graph.FingerprintCommand;
import io.credlink.ingest.ImportCommand;

/** The commands the jar runs instead of serving HTTP (API.md "Commands"). */
final class Commands {

    private Commands() {
    }

    static boolean isCommand(String first) {
        return first.equals("import") || first.equals("generate") || first.equals("evaluate")
                || first.equals("fingerprint");
    }

    static int run(String[] args) {
        return switch (args[0]) {
            case "import" -> ImportCommand.run(CredLinkApplication.class, args, System.out, System.err);
            // writes CSV files only: no Spring context, no database
            case "generate" -> GenerateCommand.run(args);
            // a fresh temporary database: import, scan, compare with the truth
            case "evaluate" -> EvaluateCommand.run(CredLinkApplication.class, args, System.out, System.err);
            // what the store knows: counts and a checksum, to compare a recovered store (bench/crash.sh)
            case "fingerprint" -> FingerprintCommand.run(CredLinkApplication.class, args, System.out, System.err);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
    }
}
