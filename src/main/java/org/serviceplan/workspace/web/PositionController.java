package org.serviceplan.workspace.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.Staffing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Job titles: one list where each row renames itself in place, so a refused rename re-renders that row. */
@Controller
@RequestMapping("/w/{ws}/positions")
class PositionController {

	static final String LIST = "workspace/positions";

	private final OrgChart orgChart;
	private final Staffing staffing;

	PositionController(OrgChart orgChart, Staffing staffing) {
		this.orgChart = orgChart;
		this.staffing = staffing;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	@Requires(Permission.VIEW_ORGANIZATION)
	String list(Member member, Model model) {
		model.addAttribute("positions", orgChart.positions());
		model.addAttribute("headcount", staffing.people().stream()
			.filter(p -> p.positionId() != null)
			.collect(Collectors.groupingBy(p -> p.positionId(), Collectors.counting())));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new PositionForm(null, null));
		}
		return LIST;
	}

	@PostMapping
	@Requires(Permission.MANAGE_POSITIONS)
	String add(Member member, @ModelAttribute("form") PositionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			JobPosition position = orgChart.addPosition(form.name());
			redirect.addFlashAttribute("flash", "position.created");
			redirect.addFlashAttribute("flashArgs", List.of(position.name()));
			return "redirect:/w/" + member.workspaceId() + "/positions";
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
			return list(member, model);
		}
	}

	@PostMapping("/{id}")
	@Requires(Permission.MANAGE_POSITIONS)
	String rename(Member member, @PathVariable UUID id, @ModelAttribute("renameForm") PositionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			orgChart.renamePosition(id, form.name(), form.version());
			redirect.addFlashAttribute("flash", "position.saved");
			return "redirect:/w/" + member.workspaceId() + "/positions";
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		catch (StaleRecord e) {
			FormErrors.reject(binding, e);
		}
		model.addAttribute("renaming", id);
		return list(member, model);
	}

	@PostMapping("/{id}/delete")
	@Requires(Permission.MANAGE_POSITIONS)
	String remove(Member member, @PathVariable UUID id, RedirectAttributes redirect) {
		String name = orgChart.position(id).name();
		try {
			orgChart.removePosition(id);
			redirect.addFlashAttribute("flash", "position.deleted");
			redirect.addFlashAttribute("flashArgs", List.of(name));
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
		}
		return "redirect:/w/" + member.workspaceId() + "/positions";
	}

	record PositionForm(String name, Long version) {
	}
}
