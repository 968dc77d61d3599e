package org.serviceplan.feedback.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class FeedbackRestControllerTest {

	static final String FEEDBACK = "/api/v1/workspaces/{ws}/feedback";
	static final String METRIC = "/api/v1/workspaces/{ws}/metrics/{metric}";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;

	Company clinic;
	String owner;
	UUID greeting;

	@BeforeEach
	void clinicWithATouchpoint() {
		clinic = companies.company("Клиника Отзывы " + UUID.randomUUID());
		owner = companies.token(clinic.owner());
		greeting = touchpointOf(clinic, "Приветствие");
	}

	@Test
	void storesGoodLinesAndReportsBadOnesByLineFieldAndRule() throws Exception {
		String body = """
				{"metric": "NPS", "score": 10, "answeredAt": "2026-03-01T10:00:00+03:00", "touchpointId": "%s", "segment": "Новые"}
				{"metric": "NPS", "score": 11, "answeredAt": "2026-03-01T10:00:00+03:00"}
				{"metric": "nps", "score": 3, "answeredAt": "2026-03-02T10:00:00Z", "channel": "PHONE"}
				not json at all

				{"metric": "CSAT", "score": 5, "answeredAt": "yesterday"}
				{"metric": "XYZ", "score": 5, "answeredAt": "2026-03-02T10:00:00Z"}
				{"metric": "CES", "score": "7", "answeredAt": "2026-03-02T10:00:00Z", "comment": {"nested": true}}
				""".formatted(greeting);
		ingest(body, "application/x-ndjson", "ru")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.duplicates").value(0))
			.andExpect(jsonPath("$.rejectedTotal").value(5))
			.andExpect(jsonPath("$.rejected[*].line").value(contains(2, 4, 6, 7, 8)))
			.andExpect(jsonPath("$.rejected[0].field").value("score"))
			.andExpect(jsonPath("$.rejected[0].message").value("Поле «score»: 11 вне шкалы NPS: от 0 до 10."))
			.andExpect(jsonPath("$.rejected[1].field").doesNotExist())
			.andExpect(jsonPath("$.rejected[2].field").value("answeredAt"))
			.andExpect(jsonPath("$.rejected[3].field").value("metric"))
			.andExpect(jsonPath("$.rejected[4].field").value("comment"));
		mvc.perform(apiGet(owner, METRIC, clinic.id(), "NPS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.metric").value("NPS"))
			.andExpect(jsonPath("$.n").value(2))
			.andExpect(jsonPath("$.value").value(0.0))
			.andExpect(jsonPath("$.breakdown.promoters").value(1))
			.andExpect(jsonPath("$.breakdown.detractors").value(1))
			.andExpect(jsonPath("$.definition").value("/w/" + clinic.id() + "/metrics/definitions#nps"));
	}

	@Test
	void theSameExternalIdIsStoredOnceWithinAFileAndAcrossRetries() throws Exception {
		String body = """
				{"metric": "CSAT", "score": 5, "answeredAt": "2026-03-01T10:00:00+03:00", "externalId": "crm-1"}
				{"metric": "CSAT", "score": 5, "answeredAt": "2026-03-01T10:00:00+03:00", "externalId": "crm-1"}
				{"metric": "CSAT", "score": 2, "answeredAt": "2026-03-01T11:00:00+03:00", "externalId": "crm-2"}
				{"metric": "CSAT", "score": 2, "answeredAt": "2026-03-01T11:00:00+03:00"}
				""";
		ingest(body, "application/x-ndjson", "en")
			.andExpect(jsonPath("$.accepted").value(4))
			.andExpect(jsonPath("$.duplicates").value(1));
		ingest(body, "application/x-ndjson", "en")
			.andExpect(jsonPath("$.accepted").value(4))
			.andExpect(jsonPath("$.duplicates").value(3));
		mvc.perform(apiGet(owner, METRIC, clinic.id(), "csat"))
			.andExpect(jsonPath("$.n").value(4))
			.andExpect(jsonPath("$.breakdown.5").value(1))
			.andExpect(jsonPath("$.breakdown.2").value(3));
	}

	@Test
	void aTouchpointOfAnotherWorkspaceIsRejectedPerLine() throws Exception {
		UUID foreign = touchpointOf(companies.company("Чужая клиника " + UUID.randomUUID()), "Касса");
		String body = """
				[{"metric": "NPS", "score": 9, "answeredAt": "2026-03-01T10:00:00+03:00", "touchpointId": "%s"},
				 {"metric": "NPS", "score": 9, "answeredAt": "2026-03-01T10:00:00+03:00", "touchpointId": "%s"},
				 {"metric": "NPS", "score": 9, "answeredAt": "2026-03-01T10:00:00+03:00", "touchpointId": "not-an-id"}]
				""".formatted(greeting, foreign);
		ingest(body, "application/json", "en")
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected[*].line").value(contains(2, 3)))
			.andExpect(jsonPath("$.rejected[0].field").value("touchpointId"))
			.andExpect(jsonPath("$.rejected[0].message").value(containsString("no touchpoint " + foreign)));
	}

	@Test
	void anotherWorkspaceIsNotFoundAndAnEmployeeMayNotIngest() throws Exception {
		Company other = companies.company("Салон " + UUID.randomUUID());
		mvc.perform(post(FEEDBACK, other.id()).with(bearer(owner)).contentType("application/x-ndjson")
			.content("{\"metric\": \"NPS\", \"score\": 9, \"answeredAt\": \"2026-03-01T10:00:00Z\"}"))
			.andExpect(status().isNotFound());
		String employee = companies.token(clinic.join(Role.EMPLOYEE));
		mvc.perform(post(FEEDBACK, clinic.id()).with(bearer(employee)).contentType("application/x-ndjson")
			.content("{\"metric\": \"NPS\", \"score\": 9, \"answeredAt\": \"2026-03-01T10:00:00Z\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(apiGet(employee, METRIC, clinic.id(), "NPS")).andExpect(status().isOk());
		mvc.perform(apiGet(owner, METRIC, clinic.id(), "LTV")).andExpect(status().isNotFound());
	}

	@Test
	void readsExcelCsvWithSemicolonsInWindows1251() throws Exception {
		String csv = "metric;score;answeredAt;segment;comment\r\n"
				+ "CSAT;4;2026-03-01T10:00:00+03:00;Постоянные;Вежливый администратор, всё быстро\r\n"
				+ "CSAT;9;2026-03-01T10:00:00+03:00;Постоянные;\r\n";
		ingestBytes(csv.getBytes(Charset.forName("windows-1251")), "text/csv", "ru")
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected[0].line").value(3))
			.andExpect(jsonPath("$.rejected[0].field").value("score"));
		mvc.perform(apiGet(owner, METRIC + "?segment=Постоянные&groupBy=segment", clinic.id(), "CSAT"))
			.andExpect(jsonPath("$.n").value(1))
			.andExpect(jsonPath("$.series[0].key").value("Постоянные"));
	}

	@Test
	void readsUtf8CsvWithABomAndCommasAndHonoursANamedCharset() throws Exception {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		String csv = "Metric,Score,AnsweredAt,Channel,Segment\n"
				+ "NPS,9,2026-03-01T10:00:00+03:00,PHONE,\"Новые, с направлением\"\n";
		byte[] body = concat(bom, csv.getBytes(StandardCharsets.UTF_8));
		ingestBytes(body, "text/csv", "ru").andExpect(jsonPath("$.accepted").value(1));
		// without a BOM, windows-1251 said in the Content-Type wins over detection
		String russian = "metric,score,answeredAt,segment\nNPS,10,2026-03-01T10:00:00+03:00,Ёлка\n";
		ingestBytes(russian.getBytes(Charset.forName("windows-1251")), "text/csv;charset=windows-1251", "ru")
			.andExpect(jsonPath("$.accepted").value(1));
		ingestBytes(russian.getBytes(StandardCharsets.UTF_8), "text/csv", "ru").andExpect(jsonPath("$.accepted").value(1));
		mvc.perform(apiGet(owner, METRIC + "?groupBy=segment", clinic.id(), "NPS"))
			.andExpect(jsonPath("$.series", hasSize(2)))
			.andExpect(jsonPath("$.series[0].key").value("Ёлка"))
			.andExpect(jsonPath("$.series[0].n").value(2))
			.andExpect(jsonPath("$.series[1].key").value("Новые, с направлением"));
	}

	@Test
	void aCsvWithoutARequiredColumnIsRefusedAsAWhole() throws Exception {
		ingestBytes("metric;answeredAt\nNPS;2026-03-01T10:00:00Z\n".getBytes(StandardCharsets.UTF_8), "text/csv", "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("score"));
	}

	private ResultActions ingest(String body, String type, String language) throws Exception {
		return ingestBytes(body.getBytes(StandardCharsets.UTF_8), type, language);
	}

	private ResultActions ingestBytes(byte[] body, String type, String language) throws Exception {
		return mvc.perform(post(FEEDBACK, clinic.id()).with(bearer(owner)).contentType(type)
			.header("Accept-Language", language).content(body));
	}

	private UUID touchpointOf(Company company, String name) {
		return TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Визит", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Во время визита");
			return journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named(name, Channel.OFFLINE)).id();
		});
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}
}
