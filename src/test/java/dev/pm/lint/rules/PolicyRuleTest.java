package dev.pm.lint.rules;

import dev.pm.lint.RuleTester;
import org.junit.jupiter.api.Test;

/** PM701 as short cases; the policy fixtures stay as whole documents. */
class PolicyRuleTest {

  private static final RuleTester PM701 =
      RuleTester.of(new PolicyRule())
          .schemaYaml(
              """
      name: policied
      frontMatter:
        fields:
          severity: {enum: [SEV-1, SEV-2, SEV-3]}
      sections:
        - Summary
      policies:
        - id: sev1-reviewed
          when: {severity: [SEV-1]}
          require:
            frontMatter: [reviewer]
      """);

  @Test
  void aSev1WithoutAReviewerBreaksThePolicyAndSaysWhyItApplies() {
    PM701.check(
        """
        ---
        severity: SEV-1
        !! @11 PM701 Policy "sev1-reviewed" requires front matter "reviewer" (applies because severity is SEV-1)
        ---
        ## Summary

        Checkout down.
        """);
  }

  @Test
  void aSev1WithAReviewerAndASev3WithoutOneAreQuiet() {
    PM701.check(
        """
        ---
        severity: SEV-1
        reviewer: dana
        ---
        ## Summary

        Checkout down.
        """);
    PM701.check(
        """
        ---
        severity: SEV-3
        ---
        ## Summary

        Search slow.
        """);
  }
}
