package dev.pm.schema;

import dev.pm.model.Location;
import java.util.List;

/**
 * A severity policy: what a post-mortem must contain when its front matter meets conditions (a
 * SEV-1 needs a customer-impact section and a prevention item due within 30 days).
 *
 * @param id stable, kebab-case: configured and turned off like a rule ({@code rules: {id: off}})
 * @param when every condition must hold for the policy to apply; none means always
 * @param require what a document the policy applies to must contain
 * @param at where the policy is declared, for messages
 */
public record Policy(
    String id, List<PolicyCondition> when, PolicyRequirements require, Location at) {

  public Policy {
    when = List.copyOf(when);
  }
}
