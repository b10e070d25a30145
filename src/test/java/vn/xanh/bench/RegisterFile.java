package vn.xanh.bench;

import java.nio.file.Path;

/** Writes the 100,000-household register of the tests, for bench/register-100k.sh. */
public final class RegisterFile {

    private RegisterFile() {
    }

    public static void main(String[] args) throws Exception {
        vn.xanh.intake.LargeRegisterIntegrationTests.write(Path.of(args[0]));
    }
}
