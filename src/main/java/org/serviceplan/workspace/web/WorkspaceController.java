package org.serviceplan.workspace.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import org.serviceplan.account.Accounts;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.BusinessRuleViolation;
import org.serviceplan.shared.StaleRecord;
import org.serviceplan.shared.web.FormErrors;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Permission;
import org.serviceplan.workspace.Requires;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.internal.JpaWorkspaces;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.Person;
import org.serviceplan.workspace.internal.Staffing;
import org.serviceplan.workspace.internal.Workspace;
import org.serviceplan.workspace.internal.WorkspaceDetails;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class WorkspaceController {

	static final String LIST = "workspace/list";
	static final String HOME = "workspace/home";
	static final String SETTINGS = "workspace/settings";
	static final List<String> TIMEZONES = List.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara",
			"Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk",
			"Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka", "Europe/Minsk", "Asia/Almaty", "Asia/Tashkent",
			"Asia/Yerevan", "Asia/Tbilisi", "Asia/Baku", "Europe/Istanbul", "Asia/Dubai", "Europe/London", "UTC");
	static final List<String> CURRENCIES = List.of("RUB", "BYN", "KZT", "UZS", "AMD", "GEL", "AZN", "KGS", "USD", "EUR",
			"CNY", "AED", "TRY");

	private final JpaWorkspaces workspaces;
	private final Workspaces directory;
	private final OrgChart orgChart;
	private final Staffing staffing;
	private final Accounts accounts;

	WorkspaceController(JpaWorkspaces workspaces, OrgChart orgChart, Staffing staffing, Accounts accounts) {
		this.workspaces = workspaces;
		this.directory = workspaces;
		this.orgChart = orgChart;
		this.staffing = staffing;
		this.accounts = accounts;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** Straight to the company the user worked in last, or the list when there is no such company. */
	@GetMapping("/")
	String start(@AuthenticationPrincipal CurrentUser user) {
		var mine = directory.of(user.accountId());
		var last = accounts.get(user.accountId()).lastWorkspace();
		return last.filter(id -> mine.stream().anyMatch(w -> w.id().equals(id)))
			.or(() -> mine.size() == 1 ? Optional.of(mine.get(0).id()) : Optional.empty())
			.map(id -> "redirect:/w/" + id)
			.orElse("redirect:/workspaces");
	}

	@GetMapping("/workspaces")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("workspaces", directory.of(user.accountId()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new WorkspaceForm(null, null, "Europe/Moscow", "RUB", null));
		}
		model.addAttribute("timezones", TIMEZONES);
		model.addAttribute("currencies", CURRENCIES);
		return LIST;
	}

	@PostMapping("/workspaces")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") WorkspaceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			Workspace created = workspaces.create(user.accountId(), form.details());
			redirect.addFlashAttribute("flash", "workspace.created");
			redirect.addFlashAttribute("flashArgs", List.of(created.name()));
			return "redirect:/w/" + created.id();
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
			return list(user, model);
		}
	}

	@GetMapping("/w/{ws}")
	@Requires(Permission.VIEW_WORKSPACE)
	String home(Member member, Model model) {
		accounts.openedWorkspace(member.accountId(), member.workspaceId());
		List<Person> people = staffing.people();
		model.addAttribute("peopleCount", people.stream().filter(p -> p.status() == Person.Status.ACTIVE).count());
		model.addAttribute("invitedCount", people.stream().filter(p -> p.status() == Person.Status.INVITED).count());
		model.addAttribute("departmentCount", orgChart.tree().nodes().size());
		model.addAttribute("positionCount", orgChart.positions().size());
		return HOME;
	}

	@GetMapping("/w/{ws}/settings")
	@Requires(Permission.EDIT_WORKSPACE)
	String settings(Member member, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", WorkspaceForm.of(workspaces.get(member.workspaceId())));
		}
		model.addAttribute("timezones", TIMEZONES);
		model.addAttribute("currencies", CURRENCIES);
		return SETTINGS;
	}

	@PostMapping("/w/{ws}/settings")
	@Requires(Permission.EDIT_WORKSPACE)
	String saveSettings(Member member, @ModelAttribute("form") WorkspaceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			workspaces.describe(member.workspaceId(), form.details(), form.version());
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/w/" + member.workspaceId() + "/settings";
		}
		catch (BusinessRuleViolation e) {
			FormErrors.reject(binding, e);
		}
		catch (StaleRecord e) {
			FormErrors.reject(binding, e);
		}
		return settings(member, model);
	}

	record WorkspaceForm(@NotBlank String name, String industry, String timezone, String currency, Long version) {

		static WorkspaceForm of(Workspace w) {
			return new WorkspaceForm(w.name(), w.industry(), w.timezone().getId(), w.currency().getCurrencyCode(),
					w.version());
		}

		WorkspaceDetails details() {
			return new WorkspaceDetails(name, industry, WorkspaceDetails.zone("timezone", timezone),
					WorkspaceDetails.currency("currency", currency));
		}
	}
}
