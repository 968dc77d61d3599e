package org.serviceplan.workspace.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.account.Accounts;
import org.serviceplan.account.Accounts.AccountView;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start: the administrator account from {@code SERVICEPLAN_ADMIN_EMAIL}/{@code _PASSWORD}, and, in
 * demo mode, the clinic of seed 001 with a person in every role (once: it is not reloaded when present).
 */
@Component
class StartupData implements ApplicationRunner {

	static final String DEMO_OWNER = Demo.OWNER_EMAIL;
	static final String DEMO_PASSWORD = Demo.PASSWORD;

	private static final Logger log = LoggerFactory.getLogger(StartupData.class);
	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final WorkspaceProperties properties;
	private final Accounts accounts;
	private final JpaWorkspaces workspaces;
	private final DepartmentRepository departments;
	private final JobPositionRepository positions;
	private final PersonRepository people;
	private final TransactionTemplate transaction;
	private final Clock clock;

	StartupData(WorkspaceProperties properties, Accounts accounts, JpaWorkspaces workspaces,
			DepartmentRepository departments, JobPositionRepository positions, PersonRepository people,
			PlatformTransactionManager transactions, Clock clock) {
		this.properties = properties;
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.departments = departments;
		this.positions = positions;
		this.people = people;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var admin = properties.admin();
		if (admin.email() != null && !admin.email().isBlank() && admin.password() != null && !admin.password().isBlank()) {
			accounts.ensure(admin.email(), "Administrator", admin.password(), RUSSIAN);
		}
		if (properties.demo() && accounts.findByEmail(DEMO_OWNER).isEmpty()) {
			loadDemo();
			log.info("Demo company loaded: log in as {} / {}", DEMO_OWNER, DEMO_PASSWORD);
		}
	}

	private void loadDemo() {
		AccountView owner = accounts.register(DEMO_OWNER, "Ольга Михайлова", DEMO_PASSWORD, RUSSIAN);
		Workspace clinic = workspaces.create(owner.id(), new WorkspaceDetails("Клиника «Здоровье»",
				"Медицина", Workspace.DEFAULT_TIMEZONE, null));
		TenantContext.inWorkspace(clinic.id(), () -> transaction.executeWithoutResult(status -> {
			Map<String, UUID> unit = new HashMap<>();
			unit.put("Администрация", departments.save(new Department("Администрация", null)).id());
			unit.put("Ресепшн", departments.save(new Department("Ресепшн", null)).id());
			UUID medical = departments.save(new Department("Медицинский блок", null)).id();
			unit.put("Медицинский блок", medical);
			for (String sub : List.of("Терапия", "Стоматология", "Диагностика")) {
				unit.put(sub, departments.save(new Department(sub, medical)).id());
			}
			unit.put("Колл-центр", departments.save(new Department("Колл-центр", null)).id());
			unit.put("Служба качества", departments.save(new Department("Служба качества", null)).id());

			Person founder = people.findByAccountId(owner.id().value()).get(0);
			founder.update(new PersonDetails(founder.name(), founder.email(), Role.OWNER, unit.get("Администрация"),
					positions.save(new JobPosition("Генеральный директор")).id()), null);

			staff("Андрей Соколов", "director@klinika.demo", Role.EXECUTIVE, unit.get("Медицинский блок"), "Главный врач");
			staff("Марина Кузнецова", "service@klinika.demo", Role.SERVICE_HEAD, unit.get("Служба качества"),
					"Руководитель службы сервиса");
			staff("Екатерина Иванова", "reception@klinika.demo", Role.EMPLOYEE, unit.get("Ресепшн"), "Администратор ресепшн");
			staff("Наталья Фёдорова", "reception2@klinika.demo", Role.EMPLOYEE, unit.get("Ресепшн"), "Администратор ресепшн");
			staff("Дмитрий Петров", "doctor@klinika.demo", Role.EMPLOYEE, unit.get("Терапия"), "Врач-терапевт");
			staff("Елена Орлова", "dentist@klinika.demo", Role.EMPLOYEE, unit.get("Стоматология"), "Врач-стоматолог");
			staff("Анна Смирнова", "nurse@klinika.demo", Role.EMPLOYEE, unit.get("Диагностика"), "Медицинская сестра");
			staff("Ирина Волкова", "callcenter@klinika.demo", Role.EMPLOYEE, unit.get("Колл-центр"), "Оператор колл-центра");
			staff("Сергей Морозов", "auditor@klinika.demo", Role.AUDITOR, unit.get("Служба качества"), "Аудитор качества");
			staff("Оксана Лебедева", "consultant@klinika.demo", Role.FACILITATOR, null, "Консультант по сервису");
		}));
		// The consultant serves a second company too, so the workspace switcher has something to switch.
		workspaces.create(accounts.findByEmail("consultant@klinika.demo").orElseThrow().id(),
				new WorkspaceDetails("Автосервис «Мотор»", "Автосервис", Workspace.DEFAULT_TIMEZONE, null));
	}

	private void staff(String name, String email, Role role, UUID departmentId, String positionName) {
		UUID positionId = positions.findByNameIgnoreCase(positionName)
			.orElseGet(() -> positions.save(new JobPosition(positionName)))
			.id();
		AccountView account = accounts.ensure(email, name, DEMO_PASSWORD, RUSSIAN);
		Person person = new Person(new PersonDetails(name, email, role, departmentId, positionId), clock.instant());
		person.joined(account.id().value());
		people.save(person);
	}
}
