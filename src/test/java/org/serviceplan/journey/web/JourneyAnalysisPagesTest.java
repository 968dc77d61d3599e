package org.serviceplan.journey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.account.CurrentUser;
import org.serviceplan.journey.Idef0Function;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journey;
import org.serviceplan.journey.internal.JourneyStatus;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.PainDetails;
import org.serviceplan.journey.internal.PainSource;
import org.serviceplan.journey.internal.PainStatus;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@IntegrationTest
class JourneyAnalysisPagesTest {

	static final String JOURNEY = "/w/{ws}/journeys/{journeyId}";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;

	record Clinic(Company company, UUID journeyId, UUID before, UUID during, UUID reception, UUID desk,
			UUID greeting, UUID call) {
	}

	<T> T in(Company company, Supplier<T> work) {
		return TenantContext.inWorkspace(company.id(), work);
	}

	/**
	 * The clinic's visit as on the demo map: a call before the visit, the desk in the reception zone with the
	 * greeting; three pains (two at severity 4 × frequency 3, one addressed) and an IDEF0 model of the greeting.
	 */
	Clinic clinic(String name) {
		Company company = companies.company(name);
		return in(company, () -> {
			Journey journey = journeys.create("Визит пациента в клинику", "Первый визит", "Новые пациенты",
					new ExpectedDuration(30));
			UUID id = journey.id();
			UUID before = journeys.addStage(id, "До визита").id();
			UUID during = journeys.addStage(id, "Во время визита").id();
			UUID reception = journeys.addZone(id, during, "Ресепшн").id();
			UUID desk = journeys.addElement(id, reception, "Стойка").id();
			UUID call = journeys.addTouchpoint(id, Parent.stage(before),
					new TouchpointDetails("Звонок в клинику", null, Channel.PHONE, null, null, null, 4, 2, null, null))
				.id();
			UUID greeting = journeys.addTouchpoint(id, Parent.element(desk),
					new TouchpointDetails("Приветствие", null, Channel.OFFLINE, null, null, null, 5, 3, null, null))
				.id();
			journeys.addPain(id, call, new PainDetails("Не дозвониться", 3, 5, PainSource.FEEDBACK, null));
			journeys.addPain(id, greeting, new PainDetails("Не смотрят в глаза", 4, 3, PainSource.OBSERVATION, null));
			journeys.addPain(id, greeting,
					new PainDetails("Не здороваются", 4, 3, PainSource.AUDIT, PainStatus.ADDRESSED));
			journeys.storeIdef0(id, greeting, Idef0Function.of("Встретить пациента", List.of("Пациент пришёл"),
					List.of("Стандарт приветствия"), List.of("Пациент зарегистрирован"), List.of("Администратор"))
				.withChildren(List.of(
						Idef0Function.of("Поприветствовать", List.of("Пациент пришёл"), List.of("Стандарт приветствия"),
								List.of("Контакт установлен"), List.of("Администратор")),
						Idef0Function.of("Идентифицировать пациента", List.of("Контакт установлен"), List.of(),
								List.of("Пациент зарегистрирован"), List.of("Администратор")))),
					null);
			return new Clinic(company, id, before, during, reception, desk, greeting, call);
		});
	}

	Document page(CurrentUser as, String path, Object... vars) throws Exception {
		String html = mvc.perform(get(path, vars).with(user(as)).locale(Locale.forLanguageTag("ru")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	@Test
	void theListShowsEachJourneyWithItsTouchpointAndOpenPainCounts() throws Exception {
		Clinic clinic = clinic("Клиника Список карт");
		Document list = page(clinic.company().owner(), "/w/{ws}/journeys", clinic.company().id());

		var row = list.selectFirst("#journeys-table tr[data-journey-id=" + clinic.journeyId() + "]");
		assertThat(row).isNotNull();
		assertThat(row.selectFirst("th").text()).isEqualTo("Визит пациента в клинику");
		assertThat(row.text()).contains("Новые пациенты", "30 дн.", "Как есть");
		assertThat(row.selectFirst(".touchpoint-count").text()).isEqualTo("2");
		assertThat(row.selectFirst(".pain-count").text()).isEqualTo("2");
		assertThat(list.selectFirst("a#new-journey").attr("href"))
			.isEqualTo("/w/" + clinic.company().id() + "/journeys/new");
		assertThat(row.select("form[action$=/duplicate] button")).hasSize(1);
	}

	@Test
	void duplicatingAsToBeCreatesALinkedCopyAndOpensItsBoard() throws Exception {
		Clinic clinic = clinic("Клиника Дубликат");
		String target = mvc.perform(post(JOURNEY + "/duplicate", clinic.company().id(), clinic.journeyId())
			.with(user(clinic.company().owner())).with(csrf()).locale(Locale.forLanguageTag("ru")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", startsWith("/w/" + clinic.company().id() + "/journeys/")))
			.andReturn().getResponse().getRedirectedUrl();
		UUID toBeId = UUID.fromString(target.substring(target.lastIndexOf('/') + 1));

		Journey toBe = in(clinic.company(), () -> journeys.journey(toBeId));
		assertThat(toBe.status()).isEqualTo(JourneyStatus.TO_BE);
		assertThat(toBe.toBeOf()).contains(clinic.journeyId());
		assertThat(toBe.title()).isEqualTo("Визит пациента в клинику (как должно быть)");
		assertThat(toBe.touchpoints()).hasSize(2);

		Document list = page(clinic.company().owner(), "/w/{ws}/journeys", clinic.company().id());
		var asIsRow = list.selectFirst("tr[data-journey-id=" + clinic.journeyId() + "]");
		assertThat(asIsRow.selectFirst("a.to-be-link").attr("href")).endsWith("/journeys/" + toBeId);
		var toBeRow = list.selectFirst("tr[data-journey-id=" + toBeId + "]");
		assertThat(toBeRow.select("form[action$=/duplicate]")).isEmpty();

		// a to-be cannot be duplicated again: back to the list with the rule's message, nothing created
		mvc.perform(post(JOURNEY + "/duplicate", clinic.company().id(), toBeId)
			.with(user(clinic.company().owner())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/w/" + clinic.company().id() + "/journeys"));
		assertThat(in(clinic.company(), () -> journeys.all())).hasSize(2);
	}

	@Test
	void theBarrierMatrixCountsPainsPerCellListsThemAndFilters() throws Exception {
		Clinic clinic = clinic("Клиника Матрица страница");
		CurrentUser owner = clinic.company().owner();
		Document all = page(owner, JOURNEY + "/barrier-matrix", clinic.company().id(), clinic.journeyId());

		var table = all.selectFirst("table#barrier-matrix");
		assertThat(table.selectFirst("caption")).isNotNull();
		assertThat(table.select("tbody tr")).hasSize(5);
		assertThat(table.selectFirst("tbody tr th[scope=row]").text()).isEqualTo("Тяжесть 5");
		var cells = table.select("td.matrix-cell");
		assertThat(cells).hasSize(25);
		int total = 0;
		for (var cell : cells) {
			int severity = Integer.parseInt(cell.attr("data-severity"));
			int frequency = Integer.parseInt(cell.attr("data-frequency"));
			int expected = severity == 4 && frequency == 3 ? 2 : severity == 3 && frequency == 5 ? 1 : 0;
			assertThat(cell.selectFirst(".count").text()).as(severity + "×" + frequency).isEqualTo("" + expected);
			total += expected;
		}
		assertThat(total).isEqualTo(3);
		var worst = all.selectFirst("td[data-severity=4][data-frequency=3]");
		assertThat(worst.hasClass("level-high")).isTrue();
		assertThat(worst.select("details li").eachText()).hasSize(2)
			.allSatisfy(text -> assertThat(text).contains("Приветствие"));
		assertThat(worst.selectFirst("details a").attr("href")).contains("touchpoint=" + clinic.greeting());
		assertThat(all.select("#ranked-pains tbody th").eachText()).containsExactly("Не дозвониться",
				"Не здороваются", "Не смотрят в глаза");

		Document before = page(owner, JOURNEY + "/barrier-matrix?stageId=" + clinic.before(), clinic.company().id(),
				clinic.journeyId());
		assertThat(before.select("#ranked-pains tbody th").eachText()).containsExactly("Не дозвониться");
		assertThat(before.selectFirst("#stageId option[selected]").val()).isEqualTo(clinic.before().toString());

		Document reception = page(owner, JOURNEY + "/barrier-matrix?zoneId=" + clinic.reception() + "&openOnly=true",
				clinic.company().id(), clinic.journeyId());
		assertThat(reception.select("#ranked-pains tbody th").eachText()).containsExactly("Не смотрят в глаза");
		assertThat(reception.selectFirst("td[data-severity=4][data-frequency=3] .count").text()).isEqualTo("1");
	}

	@Test
	void theIdef0PageDrawsTheChosenNodeAndOffersValidDownloads() throws Exception {
		Clinic clinic = clinic("Клиника IDEF0 страница");
		CurrentUser owner = clinic.company().owner();
		UUID ws = clinic.company().id();
		Document list = page(owner, JOURNEY + "/idef0", ws, clinic.journeyId());
		assertThat(list.select("#idef0-models li").eachText()).singleElement().asString()
			.contains("Встретить пациента", "Приветствие");
		assertThat(list.select("svg")).isEmpty();

		Document top = page(owner, JOURNEY + "/idef0?touchpointId=" + clinic.greeting(), ws, clinic.journeyId());
		assertThat(top.selectFirst("figure.idef0-diagram svg")).isNotNull();
		assertThat(top.selectFirst("figure.idef0-diagram svg").text()).contains("Поприветствовать",
				"Идентифицировать пациента");
		assertThat(top.select(".idef0-nodes a").eachText()).containsExactly("A0 Встретить пациента",
				"A1 Поприветствовать", "A2 Идентифицировать пациента");

		Document child = page(owner, JOURNEY + "/idef0?touchpointId=" + clinic.greeting() + "&node=A1", ws,
				clinic.journeyId());
		assertThat(child.selectFirst("figure.idef0-diagram svg").text()).contains("Поприветствовать",
				"Стандарт приветствия", "Контакт установлен");
		String svgHref = child.selectFirst("a#download-svg").attr("href");
		String pngHref = child.selectFirst("a#download-png").attr("href");

		byte[] svg = mvc.perform(get(svgHref).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		var document = parse(svg);
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(document.getDocumentElement().getTextContent()).contains("Контакт установлен");

		byte[] png = mvc.perform(get(pngHref).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isPositive();

		Document none = page(owner, JOURNEY + "/idef0?touchpointId=" + clinic.call(), ws, clinic.journeyId());
		assertThat(none.selectFirst("#no-model")).isNotNull();
		assertThat(none.select("figure.idef0-diagram")).isEmpty();
		mvc.perform(get(JOURNEY + "/idef0?touchpointId=" + clinic.greeting() + "&node=A9", ws, clinic.journeyId())
			.with(user(owner)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theWholeMapExportsAsSvgPngAndXlsxThatReadBack() throws Exception {
		Clinic clinic = clinic("Клиника Экспорт карты");
		CurrentUser owner = clinic.company().owner();
		UUID ws = clinic.company().id();

		byte[] svg = mvc.perform(get(JOURNEY + "/map.svg", ws, clinic.journeyId()).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/svg+xml"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		var document = parse(svg);
		List<String> cards = new ArrayList<>();
		NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (List.of(g.getAttribute("class").split("\\s+")).contains("touchpoint")) {
				cards.add(g.getAttribute("data-id"));
			}
		}
		assertThat(cards).containsExactlyInAnyOrder(clinic.call().toString(), clinic.greeting().toString());
		assertThat(document.getDocumentElement().getTextContent()).contains("Во время визита", "Ресепшн", "Стойка",
				"Приветствие");

		byte[] png = mvc.perform(get(JOURNEY + "/map.png", ws, clinic.journeyId()).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isPositive();

		byte[] xlsx = mvc.perform(get(JOURNEY + "/map.xlsx", ws, clinic.journeyId()).with(user(owner))
			.locale(Locale.forLanguageTag("ru")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Этап");
			Row call = sheet.getRow(1);
			assertThat(call.getCell(0).getStringCellValue()).isEqualTo("До визита");
			assertThat(call.getCell(1).getStringCellValue()).isEmpty();
			assertThat(call.getCell(3).getStringCellValue()).isEqualTo("Звонок в клинику");
			assertThat(call.getCell(4).getStringCellValue()).isEqualTo("Телефон");
			assertThat(call.getCell(7).getNumericCellValue()).isEqualTo(-2);
			assertThat(call.getCell(8).getNumericCellValue()).isEqualTo(1);
			Row greeting = sheet.getRow(2);
			assertThat(greeting.getCell(0).getStringCellValue()).isEqualTo("Во время визита");
			assertThat(greeting.getCell(1).getStringCellValue()).isEqualTo("Ресепшн");
			assertThat(greeting.getCell(2).getStringCellValue()).isEqualTo("Стойка");
			assertThat(greeting.getCell(5).getNumericCellValue()).isEqualTo(5);
			assertThat(greeting.getCell(6).getNumericCellValue()).isEqualTo(3);
			assertThat(greeting.getCell(8).getNumericCellValue()).isEqualTo(2);
			assertThat(greeting.getCell(9).getStringCellValue()).contains("Не смотрят в глаза", "Не здороваются",
					"тяжесть 4, частота 3");
		}
	}

	@Test
	void theIdef0FormSavesANodeKeepsRenamedChildrenAndReportsBrokenRules() throws Exception {
		Clinic clinic = clinic("Клиника IDEF0 форма");
		CurrentUser owner = clinic.company().owner();
		UUID ws = clinic.company().id();
		Document page = page(owner, JOURNEY + "/idef0?touchpointId=" + clinic.greeting(), ws, clinic.journeyId());
		assertThat(page.selectFirst("#idef0-name").val()).isEqualTo("Встретить пациента");
		assertThat(page.selectFirst("#idef0-children").text()).isEqualTo("Поприветствовать\nИдентифицировать пациента");
		String version = page.selectFirst("#idef0-form input[name=version]").val();

		mvc.perform(post(JOURNEY + "/idef0", ws, clinic.journeyId()).with(user(owner)).with(csrf())
			.param("touchpointId", clinic.greeting().toString()).param("node", "A0").param("version", version)
			.param("name", "Принять пациента").param("inputs", "Пациент пришёл\r\nЗапись на приём\r\n")
			.param("controls", "Стандарт приветствия").param("outputs", "Пациент зарегистрирован")
			.param("mechanisms", "Администратор")
			.param("children", "Поздороваться\nИдентифицировать пациента\nПроводить в зону ожидания"))
			.andExpect(status().is3xxRedirection());
		Idef0Function saved = in(clinic.company(),
				() -> journeys.idef0(clinic.journeyId(), clinic.greeting()).orElseThrow().function());
		assertThat(saved.name()).isEqualTo("Принять пациента");
		assertThat(saved.inputs()).containsExactly("Пациент пришёл", "Запись на приём");
		assertThat(saved.children()).extracting(Idef0Function::name)
			.containsExactly("Поздороваться", "Идентифицировать пациента", "Проводить в зону ожидания");
		assertThat(saved.children().get(0).outputs()).containsExactly("Контакт установлен");
		assertThat(saved.children().get(2).inputs()).isEmpty();

		String newVersion = page(owner, JOURNEY + "/idef0?touchpointId=" + clinic.greeting(), ws, clinic.journeyId())
			.selectFirst("#idef0-form input[name=version]").val();
		String html = mvc.perform(post(JOURNEY + "/idef0", ws, clinic.journeyId()).with(user(owner)).with(csrf())
			.locale(Locale.forLanguageTag("ru"))
			.param("touchpointId", clinic.greeting().toString()).param("node", "A1").param("version", newVersion)
			.param("name", "Поздороваться").param("inputs", "Пациент пришёл\n\nПациент подошёл к стойке"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document rejected = Jsoup.parse(html);
		assertThat(rejected.select("#idef0-form .flash.error li").eachText()).singleElement().asString()
			.isEqualTo("A1, Входы, строка 2: Пустая строка в списке: заполните её или удалите");
		assertThat(rejected.selectFirst("#idef0-inputs").text()).contains("Пациент подошёл к стойке");
		assertThat(in(clinic.company(),
				() -> journeys.idef0(clinic.journeyId(), clinic.greeting()).orElseThrow().function().children().get(0)
					.inputs())).containsExactly("Пациент пришёл");

		Document fresh = page(owner, JOURNEY + "/idef0?touchpointId=" + clinic.call(), ws, clinic.journeyId());
		assertThat(fresh.selectFirst("#idef0-form input[name=version]")).isNull();
		mvc.perform(post(JOURNEY + "/idef0", ws, clinic.journeyId()).with(user(owner)).with(csrf())
			.param("touchpointId", clinic.call().toString()).param("node", "A0").param("name", "Записать пациента")
			.param("outputs", "Пациент записан"))
			.andExpect(status().is3xxRedirection());
		assertThat(in(clinic.company(), () -> journeys.idef0(clinic.journeyId(), clinic.call()))).isPresent();
	}

	@Test
	void theWholeMapExportsAsALandscapePdfWithCyrillicText() throws Exception {
		Clinic clinic = clinic("Клиника PDF карты");
		byte[] content = mvc.perform(get(JOURNEY + "/map.pdf", clinic.company().id(), clinic.journeyId())
			.with(user(clinic.company().owner())).locale(Locale.forLanguageTag("ru")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString(".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(content)) {
			var page = pdf.getPage(0).getMediaBox();
			assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Визит пациента в клинику", "До визита", "Во время визита", "Ресепшн", "Стойка",
					"Звонок в клинику", "Приветствие", "Телефон", "Ниже ожиданий (2)", "Боли: 1")
				.doesNotContain("#", "??");
		}
	}

	@Test
	void anExportedMapImportsIntoAnotherJourneyAndABadFileChangesNothing() throws Exception {
		Clinic clinic = clinic("Клиника Импорт карты");
		CurrentUser owner = clinic.company().owner();
		UUID ws = clinic.company().id();
		byte[] xlsx = mvc.perform(get(JOURNEY + "/map.xlsx", ws, clinic.journeyId()).with(user(owner))
			.locale(Locale.forLanguageTag("ru")))
			.andReturn().getResponse().getContentAsByteArray();
		UUID copyId = in(clinic.company(), () -> journeys.create("Копия визита", null, null, new ExpectedDuration(30)).id());

		mvc.perform(multipart(JOURNEY + "/import", ws, copyId)
			.file(new MockMultipartFile("file", "map.xlsx", "application/octet-stream", xlsx))
			.with(user(owner)).with(csrf()).locale(Locale.forLanguageTag("ru")))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/w/" + ws + "/journeys/" + copyId));
		Journey copy = in(clinic.company(), () -> journeys.journey(copyId));
		assertThat(copy.stages()).extracting(s -> s.name()).containsExactly("До визита", "Во время визита");
		assertThat(copy.touchpoints()).extracting(t -> t.name()).containsExactly("Звонок в клинику", "Приветствие");
		var greeting = copy.touchpoints().get(1);
		assertThat(copy.element(greeting.elementId()).name()).isEqualTo("Стойка");
		assertThat(greeting.expectation()).isEqualTo(5);
		assertThat(greeting.quality()).isEqualTo(3);
		assertThat(greeting.channel()).isEqualTo(Channel.OFFLINE);
		assertThat(copy.painsOf(greeting.id())).extracting(p -> p.description() + " " + p.severity() + "×"
				+ p.frequency() + " " + p.status())
			.containsExactlyInAnyOrder("Не смотрят в глаза 4×3 OPEN", "Не здороваются 4×3 ADDRESSED");

		String csv = "Этап;Зона;Элемент;Точка контакта;Канал;Ожидание;Качество\n"
				+ "После визита;;;Отзыв на сайте;Сайт;4;4\n"
				+ ";;Стойка;Оплата;Голубиная почта;7;3\n";
		String html = mvc.perform(multipart(JOURNEY + "/import", ws, copyId)
			.file(new MockMultipartFile("file", "map.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(user(owner)).with(csrf()).locale(Locale.forLanguageTag("ru")))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var problems = Jsoup.parse(html).select("#import-problems tbody tr").eachText();
		assertThat(problems).containsExactly("3 Этап Заполните.",
				"3 Элемент Элемент находится в зоне: укажите и зону.", "3 Канал Такого канала нет.",
				"3 Ожидание (1–5) Оценка — от 1 до 5.");
		assertThat(in(clinic.company(), () -> journeys.journey(copyId).touchpoints())).hasSize(2);
		mvc.perform(multipart(JOURNEY + "/import", ws, copyId).with(user(owner)).with(csrf())
			.locale(Locale.forLanguageTag("ru")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Выберите файл для импорта.")));

		mvc.perform(multipart(JOURNEY + "/import", ws, copyId)
			.file(new MockMultipartFile("file", "map.xlsx", "application/octet-stream", xlsx))
			.with(user(clinic.company().join(Role.EMPLOYEE))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theComparePageShowsTouchpointsAddedRemovedAndChangedInTheToBe() throws Exception {
		Clinic clinic = clinic("Клиника Сравнение");
		CurrentUser owner = clinic.company().owner();
		UUID ws = clinic.company().id();
		Document alone = page(owner, JOURNEY + "/compare", ws, clinic.journeyId());
		assertThat(alone.selectFirst("#no-to-be")).isNotNull();

		UUID toBeId = in(clinic.company(), () -> {
			Journey toBe = journeys.duplicateAsToBe(clinic.journeyId(), "Визит: как должно быть");
			var call = toBe.touchpoints().get(0);
			var greeting = toBe.touchpoints().get(1);
			journeys.removeTouchpoint(toBe.id(), call.id());
			journeys.describeTouchpoint(toBe.id(), greeting.id(), new TouchpointDetails("Приветствие", null,
					Channel.OFFLINE, null, null, null, 5, 5, null, null), greeting.version());
			journeys.addTouchpoint(toBe.id(), Parent.stage(toBe.stages().get(0).id()),
					TouchpointDetails.named("Запись через сайт", Channel.WEBSITE));
			return toBe.id();
		});

		for (UUID from : List.of(clinic.journeyId(), toBeId)) {
			Document page = page(owner, JOURNEY + "/compare", ws, from);
			assertThat(page.selectFirst("#compare-summary").text())
				.isEqualTo("Добавлено: 1, удалено: 1, изменено: 1, без изменений: 0.");
			assertThat(page.selectFirst("#compare-table tr.added").text()).contains("До визита", "Запись через сайт");
			assertThat(page.selectFirst("#compare-table tr.removed").text()).contains("Звонок в клинику");
			var changed = page.selectFirst("#compare-table tr.changed");
			assertThat(changed.text()).contains("Во время визита / Ресепшн / Стойка", "Приветствие");
			assertThat(changed.selectFirst(".changed-fields").text()).isEqualTo("качество");
		}
	}

	@Test
	void anEmployeeSeesTheViewsButCannotDuplicateOrEditModels() throws Exception {
		Clinic clinic = clinic("Клиника Сотрудник");
		CurrentUser employee = clinic.company().join(Role.EMPLOYEE);
		UUID ws = clinic.company().id();
		mvc.perform(post(JOURNEY + "/duplicate", ws, clinic.journeyId()).with(user(employee)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(JOURNEY + "/idef0", ws, clinic.journeyId()).with(user(employee)).with(csrf())
			.param("touchpointId", clinic.greeting().toString()).param("name", "Чужая правка"))
			.andExpect(status().isForbidden());
		assertThat(page(employee, JOURNEY + "/idef0?touchpointId=" + clinic.greeting(), ws, clinic.journeyId())
			.select("#idef0-form")).isEmpty();
		Document list = page(employee, "/w/{ws}/journeys", ws);
		assertThat(list.select("form[action$=/duplicate]")).isEmpty();
		assertThat(list.select("a#new-journey")).isEmpty();
		assertThat(in(clinic.company(), () -> journeys.all())).hasSize(1);
	}

	static org.w3c.dom.Document parse(byte[] xml) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}
}
