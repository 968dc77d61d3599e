package org.serviceplan.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.serviceplan.IntegrationTest;
import org.serviceplan.workspace.internal.Department;
import org.serviceplan.workspace.internal.JobPosition;
import org.serviceplan.workspace.internal.OrgChart;
import org.serviceplan.workspace.internal.PersonDetails;
import org.serviceplan.workspace.internal.Staffing;
import org.serviceplan.workspace.web.PeopleController.InvitationLink;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class PeoplePagesTest {

	private static final Locale RU = Locale.forLanguageTag("ru");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCompanies companies;

	@Autowired
	Staffing staffing;

	@Autowired
	OrgChart orgChart;

	@Test
	void ownerSeesThePeopleWithTheInviteForm() throws Exception {
		var company = companies.company("Клиника Люди");
		mvc.perform(get("/w/{ws}/people", company.id()).with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(view().name(PeopleController.LIST))
			.andExpect(content().string(allOf(containsString(company.owner().name()), containsString("Владелец бизнеса"),
					containsString("Активен"), containsString("Показано: 1"), containsString("Пригласить сотрудника"),
					containsString("name=\"email\""), containsString("name=\"departmentId\""),
					containsString("name=\"positionId\""), containsString("class=\"optional\""))));
	}

	@Test
	void employeeSeesThePeopleButNoInviteForm() throws Exception {
		var company = companies.company("Клиника Без Приглашений");
		var employee = company.join(Role.EMPLOYEE);
		mvc.perform(get("/w/{ws}/people", company.id()).with(user(employee)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("invite-form"))));
	}

	@Test
	void filtersByRoleStatusDepartmentAndText() throws Exception {
		var company = companies.company("Клиника Фильтры");
		Department medical = inCompany(company, () -> orgChart.addDepartment("Медицинский блок", null));
		Department dentistry = inCompany(company, () -> orgChart.addDepartment("Стоматология", medical.id()));
		invite(company, "Анна Зубова", Role.EMPLOYEE, dentistry.id(), null);
		invite(company, "Борис Аудитов", Role.AUDITOR, null, null);
		var owner = company.owner();

		mvc.perform(get("/w/{ws}/people", company.id()).param("department", medical.id().toString()).with(user(owner)))
			.andExpect(content().string(allOf(containsString("Анна Зубова"), containsString("Медицинский блок / Стоматология"),
					not(containsString("Борис Аудитов")), containsString("Показано: 1"))));
		mvc.perform(get("/w/{ws}/people", company.id()).param("role", "AUDITOR").with(user(owner)))
			.andExpect(content().string(allOf(containsString("Борис Аудитов"), not(containsString("Анна Зубова")))));
		mvc.perform(get("/w/{ws}/people", company.id()).param("status", "ACTIVE").with(user(owner)))
			.andExpect(content().string(allOf(not(containsString("Борис Аудитов")), containsString("Показано: 1"))));
		mvc.perform(get("/w/{ws}/people", company.id()).param("q", "зубов").with(user(owner)))
			.andExpect(content().string(allOf(containsString("Анна Зубова"), not(containsString("Борис Аудитов")))));
		mvc.perform(get("/w/{ws}/people", company.id()).param("role", "NOBODY").param("department", "x").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Показано: 3")));
	}

	@Test
	void liveFilteringAnswersWithTheResultsOnly() throws Exception {
		var company = companies.company("Клиника Живой Фильтр");
		mvc.perform(get("/w/{ws}/people", company.id()).param("q", "нет такого").header("HX-Request", "true")
				.with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"people-results\""), containsString("Показано: 0"),
					not(containsString("<html")), not(containsString("invite-form")))));
	}

	@Test
	void invitingLeadsToThePersonWithTheLinkShownOnce() throws Exception {
		var company = companies.company("Клиника Приглашение");
		JobPosition doctor = inCompany(company, () -> orgChart.addPosition("Врач"));
		MvcResult result = mvc
			.perform(post("/w/{ws}/people", company.id()).with(user(company.owner())).with(csrf())
				.param("name", "Вера Врачева")
				.param("email", "Vera@Example.test")
				.param("role", "EMPLOYEE")
				.param("departmentId", "")
				.param("positionId", doctor.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/w/" + company.id() + "/people/*"))
			.andExpect(flash().attribute("flash", "person.invited"))
			.andReturn();
		var link = (InvitationLink) result.getFlashMap().get("invitation");
		assertThat(link.url()).startsWith("http://localhost:8080/invitations/");
		assertThat(link.mailed()).isFalse();
		assertThat(link.email()).isEqualTo("vera@example.test");

		// the flash lives in the database session the redirect's cookie names
		String personPage = result.getResponse().getRedirectedUrl();
		Cookie session = result.getResponse().getCookie("SESSION");
		mvc.perform(get(personPage).cookie(session).with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(link.url()), containsString("data-copy=\"invitation-url\""),
					containsString("Почта не настроена"), containsString("Врач"), containsString("Приглашён"),
					containsString("Приглашение действует до"))));
		mvc.perform(get(personPage).cookie(session).with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(link.url()))));
	}

	@Test
	void badEmailIsShownNextToTheFieldInRussianWithTheInputKept() throws Exception {
		var company = companies.company("Клиника Почта");
		mvc.perform(post("/w/{ws}/people", company.id()).with(user(company.owner())).with(csrf())
				.param("name", "Гена Опечаткин").param("email", "гена-без-собаки").param("role", "EMPLOYEE"))
			.andExpect(status().isOk())
			.andExpect(view().name(PeopleController.LIST))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "validation.email"))
			.andExpect(content().string(allOf(containsString("Введите адрес электронной почты"),
					containsString("value=\"Гена Опечаткин\""), containsString("value=\"гена-без-собаки\""))));
	}

	@Test
	void validationMessagesFollowTheLanguageCookie() throws Exception {
		var company = companies.company("Clinic English");
		mvc.perform(post("/w/{ws}/people", company.id()).with(user(company.owner())).with(csrf())
				.cookie(new Cookie("serviceplan-lang", "en"))
				.param("name", "").param("email", "someone@example.test").param("role", "EMPLOYEE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "validation.required"))
			.andExpect(content().string(allOf(containsString("This field is required."),
					containsString("Invite a person"), not(containsString("Пригласить")))));
	}

	@Test
	void refusesADuplicateEmail() throws Exception {
		var company = companies.company("Клиника Дубль");
		invite(company, "Первый", Role.EMPLOYEE, null, null, "twin@example.test");
		mvc.perform(post("/w/{ws}/people", company.id()).with(user(company.owner())).with(csrf())
				.param("name", "Второй").param("email", "TWIN@example.test").param("role", "EMPLOYEE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "person.emailTaken"))
			.andExpect(content().string(containsString("В компании уже есть сотрудник с эл. почтой twin@example.test")));
	}

	@Test
	void refusesAnUnknownDepartmentAndATamperedRole() throws Exception {
		var company = companies.company("Клиника Подмена");
		mvc.perform(post("/w/{ws}/people", company.id()).with(user(company.owner())).with(csrf())
				.param("name", "Дима").param("email", "dima@example.test").param("role", "EMPLOYEE")
				.param("departmentId", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "departmentId", "department.unknown"))
			.andExpect(content().string(containsString("Такого подразделения нет в компании.")));
		mvc.perform(post("/w/{ws}/people", company.id()).with(user(company.owner())).with(csrf())
				.param("name", "Дима").param("email", "dima@example.test").param("role", "KING"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "role"))
			.andExpect(content().string(containsString("Выберите роль из списка.")));
	}

	@Test
	void serviceHeadCannotGrantOwner() throws Exception {
		var company = companies.company("Клиника Полномочия");
		var head = company.join(Role.SERVICE_HEAD);
		mvc.perform(get("/w/{ws}/people", company.id()).with(user(head)))
			.andExpect(model().attribute("grantableRoles", allOf(hasItem(Role.EMPLOYEE), not(hasItem(Role.OWNER)))));
		mvc.perform(post("/w/{ws}/people", company.id()).with(user(head)).with(csrf())
				.param("name", "Самозванец").param("email", "boss@example.test").param("role", "OWNER"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "person.role.notAllowed"))
			.andExpect(content().string(containsString("Ваша роль не может назначать роль «Владелец бизнеса»")));
	}

	@Test
	void employeeAndAuditorMayNotChangePeople() throws Exception {
		var company = companies.company("Клиника Запреты");
		UUID ownerId = company.ownerMember().personId();
		for (CurrentUser user : new CurrentUser[] { company.join(Role.EMPLOYEE), company.join(Role.AUDITOR) }) {
			mvc.perform(post("/w/{ws}/people", company.id()).with(user(user)).with(csrf())
					.param("name", "X").param("email", "x@example.test").param("role", "EMPLOYEE"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/w/{ws}/people/{id}", company.id(), ownerId).with(user(user)).with(csrf())
					.param("name", "X").param("role", "EMPLOYEE").param("version", "0"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/w/{ws}/people/{id}/delete", company.id(), ownerId).with(user(user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/w/{ws}/people/{id}/invitation", company.id(), ownerId).with(user(user)).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/w/{ws}/people/{id}", company.id(), ownerId).with(user(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString("person-form")), not(containsString("/delete\"")),
						not(containsString("/history/person/")))));
		}
	}

	@Test
	void ownerEditsAPersonAndSeesTheHistoryLink() throws Exception {
		var company = companies.company("Клиника Правка");
		var invited = invite(company, "Галина", Role.EMPLOYEE, null, null);
		UUID id = invited.person().id();
		mvc.perform(get("/w/{ws}/people/{id}", company.id(), id).with(user(company.owner())))
			.andExpect(status().isOk())
			.andExpect(view().name(PeopleController.DETAILS))
			.andExpect(content().string(allOf(containsString("person-form"),
					containsString("/w/" + company.id() + "/history/person/" + id), containsString("Выслать новое приглашение"),
					containsString("data-confirm=\"Удалить «Галина» из компании?\""))));
		mvc.perform(post("/w/{ws}/people/{id}", company.id(), id).with(user(company.owner())).with(csrf())
				.param("name", "Галина Петровна").param("role", "AUDITOR").param("version", "0"))
			.andExpect(redirectedUrl("/w/" + company.id() + "/people/" + id))
			.andExpect(flash().attribute("flash", "person.saved"));
		assertThat(inCompany(company, () -> staffing.person(id)).role()).isEqualTo(Role.AUDITOR);
	}

	@Test
	void staleEditIsRefusedWithTheInputKept() throws Exception {
		var company = companies.company("Клиника Гонка");
		UUID id = invite(company, "Дарья", Role.EMPLOYEE, null, null).person().id();
		mvc.perform(post("/w/{ws}/people/{id}", company.id(), id).with(user(company.owner())).with(csrf())
				.param("name", "Дарья Первая").param("role", "EMPLOYEE").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/w/{ws}/people/{id}", company.id(), id).with(user(company.owner())).with(csrf())
				.param("name", "Дарья Вторая").param("role", "AUDITOR").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(allOf(containsString("Запись уже изменил кто-то другой"),
					containsString("value=\"Дарья Вторая\""), containsString("value=\"AUDITOR\" selected=\"selected\""))));
		assertThat(inCompany(company, () -> staffing.person(id)).name()).isEqualTo("Дарья Первая");
	}

	@Test
	void theLastOwnerCannotBeDemotedOrRemoved() throws Exception {
		var company = companies.company("Клиника Один Владелец");
		var owner = company.ownerMember();
		mvc.perform(post("/w/{ws}/people/{id}", company.id(), owner.personId()).with(user(company.owner())).with(csrf())
				.param("name", owner.name()).param("role", "EXECUTIVE").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "person.lastOwner"))
			.andExpect(content().string(containsString("единственный владелец")));
		mvc.perform(post("/w/{ws}/people/{id}/delete", company.id(), owner.personId()).with(user(company.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/people/" + owner.personId()))
			.andExpect(flash().attribute("flashError", "person.lastOwner"));
		assertThat(inCompany(company, () -> staffing.person(owner.personId())).role()).isEqualTo(Role.OWNER);
	}

	@Test
	void ownerRemovesAPerson() throws Exception {
		var company = companies.company("Клиника Уход");
		UUID id = invite(company, "Ефим", Role.EMPLOYEE, null, null).person().id();
		mvc.perform(post("/w/{ws}/people/{id}/delete", company.id(), id).with(user(company.owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/people"))
			.andExpect(flash().attribute("flash", "person.deleted"));
		mvc.perform(get("/w/{ws}/people/{id}", company.id(), id).with(user(company.owner())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewInvitationReplacesTheOldLink() throws Exception {
		var company = companies.company("Клиника Повтор");
		var first = invite(company, "Жанна", Role.EMPLOYEE, null, null);
		MvcResult result = mvc
			.perform(post("/w/{ws}/people/{id}/invitation", company.id(), first.person().id()).with(user(company.owner()))
				.with(csrf()))
			.andExpect(redirectedUrl("/w/" + company.id() + "/people/" + first.person().id()))
			.andReturn();
		var link = (InvitationLink) result.getFlashMap().get("invitation");
		assertThat(link.url()).isNotEqualTo(first.url());
		mvc.perform(get(first.url().replace("http://localhost:8080", ""))).andExpect(status().isGone());
		mvc.perform(get(link.url().replace("http://localhost:8080", ""))).andExpect(status().isOk());
	}

	@Test
	void aJoinedPersonGetsNoNewInvitation() throws Exception {
		var company = companies.company("Клиника Уже Здесь");
		var employee = company.join(Role.EMPLOYEE);
		UUID id = companies.member(company.id(), employee).personId();
		mvc.perform(post("/w/{ws}/people/{id}/invitation", company.id(), id).with(user(company.owner())).with(csrf()))
			.andExpect(flash().attribute("flashError", "person.alreadyJoined"))
			.andExpect(flash().attribute("invitation", (Object) null));
		mvc.perform(get("/w/{ws}/people/{id}", company.id(), id).with(user(company.owner())))
			.andExpect(content().string(allOf(containsString("Активен"), not(containsString("Выслать новое приглашение")))));
	}

	@Test
	void anotherCompanysPersonIsNotFound() throws Exception {
		var mine = companies.company("Клиника Своя");
		var theirs = companies.company("Клиника Чужая");
		UUID stranger = invite(theirs, "Чужой", Role.EMPLOYEE, null, null).person().id();
		mvc.perform(get("/w/{ws}/people/{id}", mine.id(), stranger).with(user(mine.owner())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/w/{ws}/people/{id}/delete", mine.id(), stranger).with(user(mine.owner())).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(inCompany(theirs, () -> staffing.person(stranger)).name()).startsWith("Чужой");
	}

	private Staffing.Invited invite(Company company, String name, Role role, UUID departmentId, UUID positionId) {
		return invite(company, name, role, departmentId, positionId, UUID.randomUUID() + "@example.test");
	}

	private Staffing.Invited invite(Company company, String name, Role role, UUID departmentId, UUID positionId,
			String email) {
		var owner = company.ownerMember();
		return inCompany(company,
				() -> staffing.invite(owner, new PersonDetails(name, email, role, departmentId, positionId), RU));
	}

	private static <T> T inCompany(Company company, java.util.function.Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}
}
