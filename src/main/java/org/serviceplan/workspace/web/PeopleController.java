package org.serviceplan.workspace.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Role;
import org.serviceplan.workspace.internal.DepartmentTree;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.Person;
import org.serviceplan.workspace.internal.PersonDetails;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/w/{ws}/people")
class PeopleController {

	static final String LIST = "workspace/people";
	static final String RESULTS = "workspace/people :: results";
	static final String DETAILS = "workspace/person";

	private final Staffing staffing;
	private final OrgChart orgChart;

	PeopleController(Staffing staffing, OrgChart orgChart) {
		this.staffing = staffing;
		this.orgChart = orgChart;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	@Requires(Permission.VIEW_ORGANIZATION)
	String list(Member member, @RequestParam(required = false) String role,
			@RequestParam(required = false) String department, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			Model model) {
		PeopleFilter filter = PeopleFilter.of(role, department, status, q);
		showList(member, filter, model);
		// htmx live filtering swaps only the results; a restored history entry needs the whole page
		return "true".equals(htmx) && !"true".equals(historyRestore) ? RESULTS : LIST;
	}

	@PostMapping
	@Requires(Permission.INVITE_PEOPLE)
	String invite(Member member, @ModelAttribute("form") InviteForm form, BindingResult binding, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				Staffing.Invited invited = staffing.invite(member, form.details(), locale);
				redirect.addFlashAttribute("flash", "person.invited");
				redirect.addFlashAttribute("flashArgs", List.of(invited.person().name()));
				redirect.addFlashAttribute("invitation", InvitationLink.of(invited));
				return "redirect:/w/" + member.workspaceId() + "/people/" + invited.person().id();
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
		}
		showList(member, PeopleFilter.NONE, model);
		return LIST;
	}

	@GetMapping("/{id}")
	@Requires(Permission.VIEW_ORGANIZATION)
	String show(Member member, @PathVariable UUID id, Model model) {
		Person person = staffing.person(id);
		DepartmentTree tree = orgChart.tree();
		model.addAttribute("person", person);
		model.addAttribute("departmentPath", person.departmentId() == null ? null : tree.path(person.departmentId()));
		model.addAttribute("positionName", person.positionId() == null ? null
				: orgChart.positions().stream().filter(p -> p.id().equals(person.positionId())).findFirst()
					.map(JobPosition::name).orElse(null));
		model.addAttribute("invitationExpiry",
				person.status() == Person.Status.INVITED ? staffing.openInvitationExpiry(id).orElse(null) : null);
		model.addAttribute("departments", tree.nodes());
		model.addAttribute("positions", orgChart.positions());
		model.addAttribute("grantableRoles", grantable(member));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PersonForm.of(person));
		}
		return DETAILS;
	}

	@PostMapping("/{id}")
	@Requires(Permission.MANAGE_PEOPLE)
	String change(Member member, @PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				Person person = staffing.update(member, id, form.details(), form.version());
				redirect.addFlashAttribute("flash", "person.saved");
				redirect.addFlashAttribute("flashArgs", List.of(person.name()));
				return "redirect:/w/" + member.workspaceId() + "/people/" + id;
			}
			catch (BusinessRuleViolation e) {
				FormErrors.reject(binding, e);
			}
			catch (StaleRecord e) {
				FormErrors.reject(binding, e);
			}
		}
		return show(member, id, model);
	}

	@PostMapping("/{id}/invitation")
	@Requires(Permission.INVITE_PEOPLE)
	String reinvite(Member member, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
		try {
			Staffing.Invited invited = staffing.reinvite(member, id, locale);
			redirect.addFlashAttribute("flash", "person.invited");
			redirect.addFlashAttribute("flashArgs", List.of(invited.person().name()));
			redirect.addFlashAttribute("invitation", InvitationLink.of(invited));
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
		}
		return "redirect:/w/" + member.workspaceId() + "/people/" + id;
	}

	@PostMapping("/{id}/delete")
	@Requires(Permission.MANAGE_PEOPLE)
	String remove(Member member, @PathVariable UUID id, RedirectAttributes redirect) {
		String name = staffing.person(id).name();
		try {
			staffing.remove(member, id);
			redirect.addFlashAttribute("flash", "person.deleted");
			redirect.addFlashAttribute("flashArgs", List.of(name));
			return "redirect:/w/" + member.workspaceId() + "/people";
		}
		catch (BusinessRuleViolation e) {
			redirect.addFlashAttribute("flashError", e.messageKey());
			redirect.addFlashAttribute("flashErrorArgs", List.of(e.arguments()));
			return "redirect:/w/" + member.workspaceId() + "/people/" + id;
		}
	}

	private void showList(Member member, PeopleFilter filter, Model model) {
		DepartmentTree tree = orgChart.tree();
		List<JobPosition> positions = orgChart.positions();
		Map<UUID, String> positionNames = positions.stream()
			.collect(Collectors.toMap(JobPosition::id, JobPosition::name));
		Set<UUID> departments = filter.department() == null ? Set.of() : tree.subtree(filter.department());
		List<PersonRow> rows = staffing.people().stream()
			.filter(p -> filter.matches(p, departments))
			.map(p -> new PersonRow(p, p.departmentId() == null ? null : tree.path(p.departmentId()),
					positionNames.get(p.positionId())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("filter", filter);
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", Person.Status.values());
		model.addAttribute("departments", tree.nodes());
		model.addAttribute("positions", positions);
		model.addAttribute("grantableRoles", grantable(member));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new InviteForm(null, null, Role.EMPLOYEE, null, null));
		}
	}

	private static List<Role> grantable(Member member) {
		return Arrays.stream(Role.values()).filter(member.role()::mayGrant).toList();
	}

	/** The list's filters as they come from the query string; an unknown value filters nothing. */
	record PeopleFilter(Role role, UUID department, Person.Status status, String q) {

		static final PeopleFilter NONE = new PeopleFilter(null, null, null, null);

		static PeopleFilter of(String role, String department, String status, String q) {
			return new PeopleFilter(parse(role, Role::valueOf), parse(department, UUID::fromString),
					parse(status, Person.Status::valueOf), q == null || q.isBlank() ? null : q.strip());
		}

		boolean matches(Person person, Set<UUID> departments) {
			return (role == null || person.role() == role)
					&& (department == null || departments.contains(person.departmentId()))
					&& (status == null || person.status() == status)
					&& (q == null || contains(person.name()) || contains(person.email()));
		}

		private boolean contains(String text) {
			return text.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
		}

		private static <T> T parse(String value, Function<String, T> parser) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				return parser.apply(value.strip());
			}
			catch (IllegalArgumentException e) {
				return null;
			}
		}
	}

	record PersonRow(Person person, String departmentPath, String positionName) {
	}

	record InviteForm(String name, String email, Role role, UUID departmentId, UUID positionId) {

		PersonDetails details() {
			return new PersonDetails(name, email, role, departmentId, positionId);
		}
	}

	record PersonForm(String name, Role role, UUID departmentId, UUID positionId, Long version) {

		static PersonForm of(Person person) {
			return new PersonForm(person.name(), person.role(), person.departmentId(), person.positionId(),
					person.version());
		}

		PersonDetails details() {
			return new PersonDetails(name, null, role, departmentId, positionId);
		}
	}

	/**
	 * The link of a fresh invitation, carried to the person's page once in the flash (which lives in the
	 * shared database session, hence serializable).
	 */
	record InvitationLink(String url, Instant expiresAt, boolean mailed, String email) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		static InvitationLink of(Staffing.Invited invited) {
			return new InvitationLink(invited.url(), invited.expiresAt(), invited.mailed(), invited.person().email());
		}
	}
}
