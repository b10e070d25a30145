package vn.xanh.cli;

import picocli.CommandLine;

/** A usage mistake found by a command itself, already said in Vietnamese. */
public class UsageProblem extends CommandLine.ParameterException {

    public UsageProblem(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
