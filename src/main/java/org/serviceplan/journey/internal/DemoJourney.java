package org.serviceplan.journey.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.serviceplan.account.Accounts;
import org.serviceplan.journey.Idef0Function;
import org.serviceplan.shared.Demo;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Member;
import org.serviceplan.workspace.Workspaces;
import org.serviceplan.workspace.Workspaces.PersonSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the demo clinic's "patient visit" journey exactly as seed 001 lays it out: stages before, during
 * and after the visit; the entrance, reception and medical block zones; the desk, wardrobe, restroom and waiting
 * area of the reception; eye contact, greeting, patient identification and filling in the mandatory documents at
 * the desk — with pains, expectation scores, ideas and two IDEF0 models. Built once, when the clinic has no
 * journey yet, through {@link Journeys}, so every rule of a real map holds.
 */
@Component
class DemoJourney {

	static final String CLINIC = "Клиника «Здоровье»";
	static final String TITLE = "Визит пациента в клинику";

	private static final Logger log = LoggerFactory.getLogger(DemoJourney.class);

	private final boolean demo;
	private final Accounts accounts;
	private final Workspaces workspaces;
	private final Journeys journeys;
	private final TransactionTemplate transaction;

	DemoJourney(@Value("${serviceplan.demo:false}") boolean demo, Accounts accounts, Workspaces workspaces,
			Journeys journeys, PlatformTransactionManager transactions) {
		this.demo = demo;
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.journeys = journeys;
		this.transaction = new TransactionTemplate(transactions);
	}

	// After the start-up runners, so the demo clinic (loaded by the workspace module) exists; before the demo data
	// of other modules that refer to its touchpoints.
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void load() {
		if (!demo) {
			return;
		}
		accounts.findByEmail(Demo.OWNER_EMAIL)
			.flatMap(owner -> workspaces.of(owner.id()).stream()
				.filter(w -> w.name().equals(CLINIC))
				.findFirst()
				.flatMap(w -> workspaces.membership(owner.id(), w.id())))
			.ifPresent(owner -> TenantContext.inWorkspace(owner.workspaceId(), () -> {
				if (journeys.all().isEmpty()) {
					transaction.executeWithoutResult(status -> build(owner));
					log.info("Demo journey map loaded for {}", CLINIC);
				}
			}));
	}

	private void build(Member owner) {
		Map<String, PersonSummary> people = new HashMap<>();
		for (PersonSummary person : workspaces.people()) {
			people.put(person.email(), person);
		}
		Map<String, UUID> ids = new HashMap<>();
		UUID journey = journeys.create(TITLE, "Путь пациента от поиска клиники до повторной записи: этапы, зоны, "
				+ "элементы и точки касания, как их разобрали на стратегической сессии.", "Пациенты клиники",
				new ExpectedDuration(14)).id();

		UUID before = journeys.addStage(journey, "До посещения").id();
		UUID during = journeys.addStage(journey, "Во время посещения").id();
		UUID after = journeys.addStage(journey, "После посещения").id();

		UUID entrance = journeys.addZone(journey, during, "Входная зона").id();
		UUID reception = journeys.addZone(journey, during, "Зона ресепшн").id();
		UUID medical = journeys.addZone(journey, during, "Зона медицинского блока").id();

		UUID desk = journeys.addElement(journey, reception, "Стойка").id();
		UUID wardrobe = journeys.addElement(journey, reception, "Гардероб").id();
		UUID restroom = journeys.addElement(journey, reception, "Санитарная зона").id();
		UUID waiting = journeys.addElement(journey, reception, "Зона ожидания").id();

		PersonSummary callCentre = people.get("callcenter@klinika.demo");
		PersonSummary admin = people.get("reception@klinika.demo");
		PersonSummary doctor = people.get("doctor@klinika.demo");
		PersonSummary nurse = people.get("nurse@klinika.demo");
		PersonSummary head = people.get("service@klinika.demo");

		// Before the visit: the patient finds the clinic and books.
		touchpoint(journey, Parent.stage(before), ids, "Поиск клиники и отзывов", Channel.WEBSITE, head, "website", 4, 3,
				"Сайт, карточка на картах, отзывы", null);
		touchpoint(journey, Parent.stage(before), ids, "Запись по телефону", Channel.PHONE, callCentre, "phone", 4, 2,
				"Скрипт оператора, подтверждение по СМС", "Звонки в часы пик теряются.");
		touchpoint(journey, Parent.stage(before), ids, "Онлайн-запись на сайте", Channel.WEBSITE, callCentre, "calendar",
				4, 4, "Письмо с подтверждением записи", null);
		touchpoint(journey, Parent.stage(before), ids, "Напоминание о визите", Channel.MESSENGER, callCentre, "chat", 3,
				4, "Сообщение за сутки с адресом и схемой проезда", null);

		// During the visit: the entrance, the reception with its desk, wardrobe, restroom and waiting area, the medical block.
		touchpoint(journey, Parent.zone(entrance), ids, "Парковка и вход", Channel.OFFLINE, head, "parking", 3, 2,
				"Вывеска, пандус, освещённый вход", null);
		touchpoint(journey, Parent.zone(entrance), ids, "Навигация в холле", Channel.OFFLINE, head, "door", 4, 3,
				"Указатели к ресепшн и кабинетам", null);
		touchpoint(journey, Parent.element(desk), ids, "Установление визуального контакта", Channel.OFFLINE, admin, "eye",
				4, 2, null, "Администратор должен поднять глаза в первые 3 секунды.");
		touchpoint(journey, Parent.element(desk), ids, "Приветствие", Channel.OFFLINE, admin, "handshake", 4, 3,
				"Бейдж с именем, форма", null);
		touchpoint(journey, Parent.element(desk), ids, "Идентификация пациента", Channel.OFFLINE, admin, "id-card", 4, 3,
				"Карта пациента в МИС", null);
		touchpoint(journey, Parent.element(desk), ids, "Заполнение обязательных документов", Channel.OFFLINE, admin,
				"document", 3, 2, "Договор, согласие на обработку данных", null);
		touchpoint(journey, Parent.element(wardrobe), ids, "Сдача верхней одежды", Channel.OFFLINE, admin, "coat", 3, 3,
				"Номерок, плечики", null);
		touchpoint(journey, Parent.element(restroom), ids, "Чистота санитарной зоны", Channel.OFFLINE, head, "restroom", 4,
				3, "Чек-лист уборки на двери", null);
		touchpoint(journey, Parent.element(waiting), ids, "Ожидание приёма", Channel.OFFLINE, admin, "seat", 3, 2,
				"Кресла, вода, журналы, экран очереди", null);
		touchpoint(journey, Parent.zone(medical), ids, "Приглашение в кабинет", Channel.OFFLINE, nurse, "clock", 4, 3,
				null, null);
		touchpoint(journey, Parent.zone(medical), ids, "Приём врача", Channel.OFFLINE, doctor, "doctor", 5, 4,
				"Заключение с рекомендациями на руки", null);
		touchpoint(journey, Parent.zone(medical), ids, "Оплата услуг", Channel.OFFLINE, admin, "payment", 4, 4,
				"Чек, договор, справка для налогового вычета", null);

		// After the visit: care continues, the patient comes back and tells others.
		touchpoint(journey, Parent.stage(after), ids, "Рекомендации после приёма", Channel.EMAIL, doctor, "mail", 4, 3,
				"Письмо с назначениями", null);
		touchpoint(journey, Parent.stage(after), ids, "Звонок о самочувствии", Channel.PHONE, nurse, "phone", 3, 2, null,
				null);
		touchpoint(journey, Parent.stage(after), ids, "Запись на повторный приём", Channel.PHONE, callCentre, "calendar",
				4, 3, null, null);
		touchpoint(journey, Parent.stage(after), ids, "Отзыв о визите", Channel.SOCIAL, head, "star", 3, 3, null, null);

		pain(journey, ids, "Запись по телефону", "Не дозвониться в часы пик: занято или долгое ожидание на линии", 4, 5,
				PainSource.FEEDBACK);
		pain(journey, ids, "Запись по телефону", "Оператор не знает, какие врачи принимают в субботу", 3, 3,
				PainSource.AUDIT);
		pain(journey, ids, "Онлайн-запись на сайте", "Свободное время на сайте не совпадает с расписанием", 4, 2,
				PainSource.FEEDBACK);
		pain(journey, ids, "Поиск клиники и отзывов", "На картах старый номер телефона", 3, 2, PainSource.OBSERVATION);
		pain(journey, ids, "Парковка и вход", "Нет мест на парковке после 17:00", 2, 4, PainSource.INTERVIEW);
		pain(journey, ids, "Навигация в холле", "Непонятно, куда идти после входа", 2, 3, PainSource.OBSERVATION);
		pain(journey, ids, "Установление визуального контакта",
				"Администратор не поднимает глаз от монитора, пока пациент стоит у стойки", 4, 4, PainSource.AUDIT);
		pain(journey, ids, "Приветствие", "Не здороваются первыми, не называют себя", 3, 4, PainSource.AUDIT);
		pain(journey, ids, "Идентификация пациента", "Переспрашивают данные, которые пациент уже сообщил при записи", 3, 4,
				PainSource.FEEDBACK);
		pain(journey, ids, "Заполнение обязательных документов",
				"Документы заполняют от руки у стойки, очередь растёт", 4, 5, PainSource.OBSERVATION);
		pain(journey, ids, "Сдача верхней одежды", "Гардероб без присмотра, пациенты боятся оставлять вещи", 3, 2,
				PainSource.INTERVIEW);
		pain(journey, ids, "Чистота санитарной зоны", "Нет бумажных полотенец к вечеру", 3, 3, PainSource.EMPLOYEE);
		pain(journey, ids, "Ожидание приёма", "Приём задерживается на 20–30 минут, никто не предупреждает", 5, 4,
				PainSource.FEEDBACK);
		pain(journey, ids, "Приём врача", "Врач не объясняет назначения простыми словами", 4, 2, PainSource.INTERVIEW);
		pain(journey, ids, "Оплата услуг", "Не принимают оплату по QR-коду", 2, 2, PainSource.FEEDBACK);
		pain(journey, ids, "Звонок о самочувствии", "Звонят не всем пациентам после процедур", 3, 4, PainSource.EMPLOYEE);
		pain(journey, ids, "Отзыв о визите", "Негативные отзывы остаются без ответа", 4, 3, PainSource.OBSERVATION);
		UUID addressed = journeys.journey(journey).painsOf(ids.get("Оплата услуг")).get(0).id();
		Pain qr = journeys.journey(journey).pain(addressed);
		journeys.describePain(journey, addressed, new PainDetails(qr.description(), qr.severity(), qr.frequency(),
				qr.source(), PainStatus.ADDRESSED), qr.version());

		idea(owner, journey, ids, "Заполнение обязательных документов", IdeaKind.WRONG_NOW,
				"Пациент заполняет одни и те же данные на бумаге при каждом визите");
		idea(owner, journey, ids, "Заполнение обязательных документов", IdeaKind.IDEAL_FUTURE,
				"Документы приходят на подпись заранее в мессенджер, у стойки — только подпись");
		idea(owner, journey, ids, "Ожидание приёма", IdeaKind.IDEAL_FUTURE,
				"Экран очереди и сообщение пациенту, если врач задерживается больше 10 минут");
		idea(owner, journey, ids, "Установление визуального контакта", IdeaKind.IDEAL_FUTURE,
				"Правило трёх секунд: администратор встаёт и смотрит пациенту в глаза");

		journeys.storeIdef0(journey, desk, new Idef0Function("", "Принять пациента на стойке ресепшн",
				List.of("Пациент пришёл на приём"), List.of("Стандарт приветствия", "Расписание врачей"),
				List.of("Пациент зарегистрирован и направлен в зону ожидания"), List.of("Администратор", "МИС клиники"),
				List.of(Idef0Function.of("Установить визуальный контакт и поприветствовать", List.of("Пациент пришёл на приём"),
						List.of("Стандарт приветствия"), List.of("Контакт установлен"), List.of("Администратор")),
						Idef0Function.of("Идентифицировать пациента", List.of("Контакт установлен"),
								List.of("Расписание врачей"), List.of("Запись найдена"),
								List.of("Администратор", "МИС клиники")),
						Idef0Function.of("Оформить обязательные документы", List.of("Запись найдена"),
								List.of("Требования закона о персональных данных"),
								List.of("Пациент зарегистрирован и направлен в зону ожидания"),
								List.of("Администратор", "Бланки договора и согласия")))),
				null);
		journeys.storeIdef0(journey, ids.get("Идентификация пациента"), Idef0Function.of("Идентифицировать пациента",
				List.of("Пациент у стойки", "Запись на приём"), List.of("Регламент идентификации", "Закон о персональных данных"),
				List.of("Пациент найден в МИС", "Карта пациента открыта"), List.of("Администратор", "МИС клиники",
						"Паспорт или полис пациента")), null);
	}

	private void touchpoint(UUID journey, Parent parent, Map<String, UUID> ids, String name, Channel channel,
			PersonSummary responsible, String icon, int expectation, int quality, String evidence, String notes) {
		UUID responsibleId = responsible == null ? null : responsible.id();
		UUID departmentId = responsible == null ? null : responsible.departmentId();
		ids.put(name, journeys.addTouchpoint(journey, parent, new TouchpointDetails(name, null, channel, departmentId,
				responsibleId, icon, expectation, quality, evidence, notes)).id());
	}

	private void pain(UUID journey, Map<String, UUID> ids, String touchpoint, String description, int severity,
			int frequency, PainSource source) {
		journeys.addPain(journey, ids.get(touchpoint), new PainDetails(description, severity, frequency, source, null));
	}

	private void idea(Member owner, UUID journey, Map<String, UUID> ids, String touchpoint, IdeaKind kind, String text) {
		journeys.addIdea(owner, journey, ids.get(touchpoint), kind, text);
	}
}
