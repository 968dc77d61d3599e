package org.serviceplan.plan.internal;

/**
 * A template to start a plan from: the built-in one (key {@code standard}) or one the workspace saved
 * (key = its id).
 */
public record PlanTemplate(String key, String name, boolean builtIn, int goals, int tasks, int checkpoints) {

	static PlanTemplate of(String key, String name, boolean builtIn, TemplateContent content) {
		return new PlanTemplate(key, name, builtIn, content.goals().size(),
				content.goals().stream().mapToInt(g -> g.tasks().size()).sum(), content.checkpoints().size());
	}
}
