package vn.xanh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import vn.xanh.intake.IntakeService;
import vn.xanh.mailbox.MailAnswers;
import vn.xanh.mailbox.internal.MailTexts;

/** The rules on internal packages catch a reach from another module and a class public for no one. */
class InternalPackageRuleTests {

    /** Lives outside the mailbox module, yet holds one of the mailbox's internal classes. */
    static class ReachesIntoTheMailbox {
        MailTexts texts;
    }

    @Test
    void aClassOfAnotherModuleUsingAnInternalClassIsAViolation() {
        // given
        var reaching = new ClassFileImporter().importClasses(ReachesIntoTheMailbox.class);

        // when
        EvaluationResult result = ArchitectureTests.noModuleReachesIntoAnothersInternals.evaluate(reaching);

        // then
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("MailTexts"));
    }

    @Test
    void aModuleUsesItsOwnInternalClasses() {
        // given
        var own = new ClassFileImporter().importClasses(MailAnswers.class, IntakeService.class);

        // when
        EvaluationResult result = ArchitectureTests.noModuleReachesIntoAnothersInternals.evaluate(own);

        // then
        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void theModuleIsTheFirstPackageUnderXanh() {
        assertThat(ArchitectureTests.module("vn.xanh.intake.internal")).isEqualTo("intake");
        assertThat(ArchitectureTests.module("vn.xanh.intake.internal.workbook")).isEqualTo("intake");
        assertThat(ArchitectureTests.module("vn.xanh.indicators.calc")).isEqualTo("indicators");
        assertThat(ArchitectureTests.module("vn.xanh")).isEmpty();
    }

    @Test
    void aPublicInternalClassNoOtherPackageUsesIsAViolation() {
        // given: the mailbox's texts without the mailbox classes that use them
        var alone = new ClassFileImporter().importClasses(MailTexts.class);

        // when
        EvaluationResult result = ArchitectureTests.internalClassesArePublicOnlyWhereUsed.evaluate(alone);

        // then
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("MailTexts is public but used only inside vn.xanh.mailbox.internal"));
    }

    @Test
    void aPublicInternalClassAnotherPackageUsesIsAllowed() {
        // given
        var used = new ClassFileImporter().importClasses(MailTexts.class, MailAnswers.class);

        // when
        EvaluationResult result = ArchitectureTests.internalClassesArePublicOnlyWhereUsed.evaluate(used);

        // then
        assertThat(result.hasViolation()).isFalse();
    }
}
