package org.serviceplan.feedback.web;

import org.serviceplan.feedback.MetricDefinition;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The definitions page every figure links to: formula, scale, variant and interval of each metric, one anchor
 * per metric ({@code #nps}, {@code #csat}, {@code #ces}).
 */
@Controller
class MetricDefinitionsController {

	static final String DEFINITIONS = "feedback/definitions";

	@GetMapping("/w/{ws}/metrics/definitions")
	@Requires(Permission.VIEW_FEEDBACK)
	String definitions(Model model) {
		model.addAttribute("definitions", MetricDefinition.all());
		model.addAttribute("smallSample", MetricDefinition.SMALL_SAMPLE);
		return DEFINITIONS;
	}
}
