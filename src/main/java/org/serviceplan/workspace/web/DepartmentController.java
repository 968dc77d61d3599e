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
import org.serviceplan.workspace.internal.Department;
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

@Controller
@RequestMapping("/w/{ws}/departments")
class DepartmentController {

	static final String LIST = "workspace/departments";
	static final String EDIT = "workspace/department";

	private final OrgChart orgChart;
	private final Staffing staffing;

	DepartmentController(OrgChart orgChart, Staffing staffing) {
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
		var tree = orgChart.tree();
		model.addAttribute("nodes", tree.nodes());
		model.addAttribute("headcount", staffing.people().stream()
			.filter(p -> p.departmentId() != null)
			.collect(Collectors.groupingBy(p -> p.departmentId(), Collectors.counting())));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DepartmentForm(null, null, null));
		}
		return LIST;
	}

	@PostMapping
	@Requires(Permission.MANAGE_DEPARTMENTS)
	String add(Member member, @ModelAttribute("form") DepartmentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			Department department = orgChart.addDepartment(form.name(), form.parentId());
			redirect.addFlashAttribute("flash", "department.created");
			redirect.addFlashAttribute("flashArgs", List.of(department.name()));
			return "redirect:/w/" + member.workspaceId() + "/departments";
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
			return list(member, model);
		}
	}

	@GetMapping("/{id}")
	@Requires(Permission.VIEW_ORGANIZATION)
	String show(Member member, @PathVariable UUID id, Model model) {
		Department department = orgChart.department(id);
		var tree = orgChart.tree();
		model.addAttribute("department", department);
		model.addAttribute("path", tree.path(id));
		model.addAttribute("parents", tree.nodes().stream().filter(n -> !n.department().id().equals(id)).toList());
		model.addAttribute("people", staffing.people().stream().filter(p -> id.equals(p.departmentId())).toList());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DepartmentForm(department.name(), department.parentId(), department.version()));
		}
		return EDIT;
	}

	@PostMapping("/{id}")
	@Requires(Permission.MANAGE_DEPARTMENTS)
	String change(Member member, @PathVariable UUID id, @ModelAttribute("form") DepartmentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			Department department = orgChart.changeDepartment(id, form.name(), form.parentId(), form.version());
			redirect.addFlashAttribute("flash", "department.saved");
			redirect.addFlashAttribute("flashArgs", List.of(department.name()));
			return "redirect:/w/" + member.workspaceId() + "/departments";
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		catch (StaleRecord e) {
			FormErrors.reject(binding, e);
		}
		return show(member, id, model);
	}

	@PostMapping("/{id}/delete")
	@Requires(Permission.MANAGE_DEPARTMENTS)
	String remove(Member member, @PathVariable UUID id, RedirectAttributes redirect) {
		String name = orgChart.department(id).name();
		try {
			orgChart.removeDepartment(id);
			redirect.addFlashAttribute("flash", "department.deleted");
			redirect.addFlashAttribute("flashArgs", List.of(name));
			return "redirect:/w/" + member.workspaceId() + "/departments";
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
			return "redirect:/w/" + member.workspaceId() + "/departments/" + id;
		}
	}

	record DepartmentForm(String name, UUID parentId, Long version) {
	}
}
