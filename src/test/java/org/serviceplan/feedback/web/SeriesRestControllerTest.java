package org.serviceplan.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.serviceplan.ApiRequests.apiGet;
import static org.serviceplan.ApiRequests.apiPost;
import static org.serviceplan.ApiRequests.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.serviceplan.IntegrationTest;
import org.serviceplan.TestCompanies;
import org.serviceplan.TestCompanies.Company;
import org.serviceplan.feedback.internal.series.NamedSeries;
import org.serviceplan.journey.internal.Channel;
import org.serviceplan.journey.internal.ExpectedDuration;
import org.serviceplan.journey.internal.Journeys;
import org.serviceplan.journey.internal.Parent;
import org.serviceplan.journey.internal.TouchpointDetails;
import org.serviceplan.shared.tenancy.TenantContext;
import org.serviceplan.workspace.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SeriesRestControllerTest {

	static final String SERIES = "/api/v1/workspaces/{ws}/series";
	static final String ONE = "/api/v1/workspaces/{ws}/series/{seriesId}";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestCompanies companies;
	@Autowired
	Journeys journeys;
	@Autowired
	NamedSeries namedSeries;

	Company clinic;
	String owner;
	UUID reception;

	@BeforeEach
	void clinic() {
		clinic = companies.company("Клиника Ряды " + UUID.randomUUID());
		owner = companies.token(clinic.owner());
		reception = touchpointOf(clinic);
	}

	@Test
	void importsPointsAndReadsEachSeriesBetweenDays() throws Exception {
		mvc.perform(apiPost(owner, """
				[{"name": "FCR", "unit": "%", "date": "2026-03-01", "value": 71.5, "department": "Колл-центр"},
				 {"name": "FCR", "unit": "%", "date": "2026-03-02", "value": "74,0", "department": "Колл-центр"},
				 {"name": "FCR", "unit": "%", "date": "03.03.2026", "value": 70, "department": "Колл-центр"},
				 {"name": "AHT", "unit": "с", "date": "2026-03-01", "value": 245, "touchpointId": "TP"}]"""
			.replace("TP", reception.toString()), SERIES, clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(4))
			.andExpect(jsonPath("$.rejected", hasSize(0)));
		// the same name, scope and day again replaces the value
		mvc.perform(apiPost(owner, """
				[{"name": "FCR", "unit": "%", "date": "2026-03-02", "value": 75, "department": "Колл-центр"}]""",
				SERIES, clinic.id()))
			.andExpect(jsonPath("$.accepted").value(1));

		String list = mvc.perform(apiGet(owner, SERIES, clinic.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].name").value("AHT"))
			.andExpect(jsonPath("$[0].touchpointId").value(reception.toString()))
			.andExpect(jsonPath("$[1].name").value("FCR"))
			.andExpect(jsonPath("$[1].department").value("Колл-центр"))
			.andExpect(jsonPath("$[1].points").value(3))
			.andExpect(jsonPath("$[1].firstDay").value("2026-03-01"))
			.andExpect(jsonPath("$[1].lastDay").value("2026-03-03"))
			.andReturn().getResponse().getContentAsString();
		String fcr = JsonPath.read(list, "$[1].id");

		mvc.perform(apiGet(owner, ONE + "?from=2026-03-02&to=2026-03-03", clinic.id(), fcr))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("FCR"))
			.andExpect(jsonPath("$.unit").value("%"))
			.andExpect(jsonPath("$.points[*].date").value(contains("2026-03-02", "2026-03-03")))
			.andExpect(jsonPath("$.points[0].value").value(75));
		mvc.perform(apiGet(owner, ONE, clinic.id(), UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void aBodyWithAnyWrongPointStoresNothingAndListsEveryWrongOne() throws Exception {
		mvc.perform(apiPost(owner, """
				[{"name": "FCR", "date": "2026-03-01", "value": 71.5},
				 {"name": "FCR", "date": "вчера", "value": 70},
				 {"date": "2026-03-02", "value": "много"},
				 "not a point"]""", SERIES, clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.rejected[*].line").value(contains(2, 3, 3, 4, 4, 4)))
			.andExpect(jsonPath("$.rejected[*].field").value(contains("date", "name", "value", "name", "date", "value")))
			.andExpect(jsonPath("$.rejected[0].message").value("Field \"date\": \"вчера\" is not a date (YYYY-MM-DD or DD.MM.YYYY)."))
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		mvc.perform(apiPost(owner, "{\"name\": \"FCR\"}", SERIES, clinic.id()).header("Accept-Language", "ru"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Тело запроса — не JSON-массив точек: ничего не сохранено."));
		mvc.perform(apiPost(owner, "[{\"name\": ", SERIES, clinic.id())).andExpect(status().isUnprocessableContent());
		mvc.perform(apiPost(owner, "[]", SERIES, clinic.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected[0].line").value(1));
		mvc.perform(apiGet(owner, SERIES, clinic.id())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void importsExcelCsvWithTheDashboardsColumns() throws Exception {
		String csv = "name;unit;date;value;department;touchpointId\r\n"
				+ "SLA;%;01.03.2026;98,5;Доставка;\r\n"
				+ "SLA;%;02.03.2026;97;Доставка;\r\n";
		mvc.perform(post(SERIES, clinic.id()).with(bearer(owner)).contentType("text/csv")
			.content(csv.getBytes(Charset.forName("windows-1251"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(2));
		mvc.perform(apiGet(owner, SERIES, clinic.id()))
			.andExpect(jsonPath("$[0].department").value("Доставка"))
			.andExpect(jsonPath("$[0].points").value(2));
		mvc.perform(post(SERIES, clinic.id()).with(bearer(owner)).contentType("text/csv")
			.content("name;date\nSLA;01.03.2026\n".getBytes(StandardCharsets.UTF_8)).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected[0].line").value(1))
			.andExpect(jsonPath("$.rejected[0].field").value("value"));
	}

	@Test
	void rejectsSeriesOfAnotherWorkspacesTouchpoint() throws Exception {
		UUID foreign = touchpointOf(companies.company("Чужая клиника " + UUID.randomUUID()));
		mvc.perform(apiPost(owner, """
				[{"name": "AHT", "date": "2026-03-01", "value": 245, "touchpointId": "%s"},
				 {"name": "AHT", "date": "2026-03-01", "value": 245, "touchpointId": "%s"},
				 {"name": "AHT", "date": "2026-03-01", "value": 245, "touchpointId": "%s"}]"""
			.formatted(reception, foreign, UUID.randomUUID()), SERIES, clinic.id()).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected[*].line").value(contains(2, 3)))
			.andExpect(jsonPath("$.rejected[0].field").value("touchpointId"))
			.andExpect(jsonPath("$.rejected[0].message").value(containsString("no touchpoint " + foreign)));
		assertThat(TenantContext.inWorkspace(clinic.id(), () -> namedSeries.all())).isEmpty();
	}

	@Test
	void dashboardUploadRejectsSeriesOfAnotherWorkspacesTouchpoint() throws Exception {
		UUID foreign = touchpointOf(companies.company("Чужая клиника " + UUID.randomUUID()));
		byte[] file = ("name,date,value,touchpointId\nAHT,2026-03-01,245," + reception + "\nAHT,2026-03-01,245," + foreign
				+ "\n").getBytes(StandardCharsets.UTF_8);
		String refused = mvc.perform(multipart("/w/{ws}/feedback/series/import", clinic.id())
			.file(new MockMultipartFile("file", "aht.csv", "text/csv", file))
			.with(user(clinic.owner())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(refused).select("#import-errors tbody tr").text()).contains("3", "touchpointId",
				foreign.toString());
		assertThat(TenantContext.inWorkspace(clinic.id(), () -> namedSeries.all())).isEmpty();

		byte[] good = ("name,date,value,touchpointId\nAHT,2026-03-01,245," + reception + "\n").getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/w/{ws}/feedback/series/import", clinic.id())
			.file(new MockMultipartFile("file", "aht.csv", "text/csv", good))
			.with(user(clinic.owner())).with(csrf()))
			.andExpect(redirectedUrl("/w/" + clinic.id() + "/feedback/customers#series"));
		assertThat(TenantContext.inWorkspace(clinic.id(), () -> namedSeries.all())).singleElement()
			.satisfies(s -> assertThat(s.touchpointId()).isEqualTo(reception));
	}

	@Test
	void anotherWorkspacesSeriesIsNotFoundAndAnEmployeeOnlyReads() throws Exception {
		mvc.perform(apiPost(owner, "[{\"name\": \"FCR\", \"date\": \"2026-03-01\", \"value\": 70}]", SERIES, clinic.id()))
			.andExpect(status().isOk());
		String fcr = JsonPath.read(mvc.perform(apiGet(owner, SERIES, clinic.id())).andReturn().getResponse()
			.getContentAsString(), "$[0].id");
		Company salon = companies.company("Салон Ряды " + UUID.randomUUID());
		String salonOwner = companies.token(salon.owner());
		// the same name in the salon is another series with another id
		mvc.perform(apiPost(salonOwner, "[{\"name\": \"FCR\", \"date\": \"2026-03-01\", \"value\": 10}]", SERIES,
				salon.id()))
			.andExpect(status().isOk());
		mvc.perform(apiGet(salonOwner, ONE, salon.id(), fcr)).andExpect(status().isNotFound());
		mvc.perform(apiGet(salonOwner, ONE, clinic.id(), fcr)).andExpect(status().isNotFound());
		mvc.perform(apiPost(salonOwner, "[]", SERIES, clinic.id())).andExpect(status().isNotFound());

		String employee = companies.token(clinic.join(Role.EMPLOYEE));
		mvc.perform(apiGet(employee, ONE, clinic.id(), fcr))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points[0].value").value(70));
		mvc.perform(apiPost(employee, "[{\"name\": \"FCR\", \"date\": \"2026-03-02\", \"value\": 70}]", SERIES,
				clinic.id()))
			.andExpect(status().isForbidden());
	}

	private UUID touchpointOf(Company company) {
		return TenantContext.inWorkspace(company.id(), () -> {
			var journey = journeys.create("Звонок", null, null, new ExpectedDuration(14));
			var stage = journeys.addStage(journey.id(), "Обращение");
			return journeys.addTouchpoint(journey.id(), Parent.stage(stage.id()),
					TouchpointDetails.named("Колл-центр", Channel.PHONE)).id();
		});
	}
}
