package org.serviceplan.feedback.web;

/** Examples for the OpenAPI document: the clinic's answers at the reception desk. */
final class FeedbackExamples {

	static final String NDJSON = """
			{"metric": "NPS", "score": 9, "answeredAt": "2026-03-01T10:15:00+03:00", "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "channel": "OFFLINE", "segment": "Новые пациенты", "customerRef": "P-1042", "comment": "Встретили по имени", "externalId": "crm-77812"}
			{"metric": "CSAT", "score": 4, "answeredAt": "2026-03-01T10:16:00+03:00", "channel": "PHONE", "externalId": "crm-77813"}
			{"metric": "CES", "score": 12, "answeredAt": "2026-03-01T10:17:00+03:00"}
			""";

	static final String JSON_ARRAY = """
			[{"metric": "NPS", "score": 9, "answeredAt": "2026-03-01T10:15:00+03:00", "segment": "Новые пациенты", "externalId": "crm-77812"},
			 {"metric": "CSAT", "score": 4, "answeredAt": "2026-03-01T10:16:00+03:00", "channel": "PHONE"}]""";

	static final String CSV = """
			metric;score;answeredAt;touchpointId;channel;segment;comment;externalId
			NPS;9;2026-03-01T10:15:00+03:00;c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f;OFFLINE;Новые пациенты;Встретили по имени;crm-77812
			CSAT;4;2026-03-01T10:16:00+03:00;;PHONE;;;crm-77813
			""";

	static final String REPORT = """
			{"accepted": 2, "duplicates": 0, "rejected": [{"line": 3, "field": "score", "message": "Поле «score»: 12 вне шкалы CES: от 1 до 7"}],
			 "rejectedTotal": 1, "rejectedNotListed": 0}""";

	static final String NPS = """
			{"metric": "NPS", "variant": "PROMOTERS_MINUS_DETRACTORS", "value": 40.0, "n": 250, "ci95": [30.6, 49.4],
			 "smallSample": false, "breakdown": {"promoters": 140, "passives": 70, "detractors": 40},
			 "series": [{"key": "2026-01", "value": 35.0, "n": 120, "ci95": [21.5, 48.5], "smallSample": false},
			            {"key": "2026-02", "value": 44.6, "n": 130, "ci95": [31.9, 57.3], "smallSample": false}],
			 "alongside": [], "definition": "/w/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/metrics/definitions#nps"}""";

	static final String CES = """
			{"metric": "CES", "variant": "MEAN_SCORE", "value": 5.1, "n": 40, "ci95": [4.7, 5.5], "smallSample": false,
			 "breakdown": {"1": 1, "2": 2, "3": 3, "4": 6, "5": 10, "6": 10, "7": 8}, "series": [],
			 "alongside": [{"variant": "SHARE_5_7", "value": 70.0, "n": 40, "ci95": [54.6, 81.9]}],
			 "definition": "/w/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/metrics/definitions#ces"}""";

	static final String COMPARISON = """
			{"metric": "NPS", "variant": "PROMOTERS_MINUS_DETRACTORS", "before": {"value": 35.0, "n": 120, "ci95": [21.5, 48.5]},
			 "after": {"value": 44.6, "n": 130, "ci95": [31.9, 57.3]}, "difference": 9.6, "ci95": [-8.9, 28.1],
			 "pValue": 0.31, "significant": false, "test": "NPS_Z_TEST"}""";

	static final String PROBLEM_CSV = """
			{"type": "about:blank", "title": "Проверьте данные", "status": 422,
			 "detail": "В заголовке CSV нет столбца «score»", "errors": [{"field": "score", "message": "В заголовке CSV нет столбца «score»"}]}""";

	static final String NEW_TARGET = """
			{"metric": "NPS", "comparison": "AT_LEAST", "value": 50, "dueDate": "2026-12-31",
			 "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "segment": "Новые пациенты"}""";

	static final String TARGET = """
			{"id": "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c", "metric": "NPS", "comparison": "AT_LEAST", "value": 50,
			 "dueDate": "2026-12-31", "touchpointId": null, "segment": null, "version": 0,
			 "progress": {"from": "2026-01-02", "to": "2026-04-01", "value": 44.6, "n": 130, "ci95": [31.9, 57.3],
			              "status": "NOT_YET", "certain": false}}""";

	static final String SERIES_SUMMARY = """
			{"id": "0f9e8d7c-6b5a-3f4e-9d2c-1b0a9f8e7d6c", "name": "FCR", "department": "Колл-центр",
			 "touchpointId": null, "unit": "%", "points": 90, "firstDay": "2026-01-01", "lastDay": "2026-03-31"}""";

	static final String SERIES = """
			{"id": "0f9e8d7c-6b5a-3f4e-9d2c-1b0a9f8e7d6c", "name": "FCR", "department": "Колл-центр",
			 "touchpointId": null, "unit": "%",
			 "points": [{"date": "2026-03-01", "value": 71.5}, {"date": "2026-03-02", "value": 74.0}]}""";

	static final String SERIES_POINTS = """
			[{"name": "FCR", "unit": "%", "date": "2026-03-01", "value": 71.5, "department": "Колл-центр"},
			 {"name": "AHT", "unit": "с", "date": "2026-03-01", "value": 245, "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"}]""";

	static final String SERIES_CSV = """
			name;unit;date;value;department;touchpointId
			FCR;%;01.03.2026;71,5;Колл-центр;
			AHT;с;01.03.2026;245;;c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f
			""";

	static final String SERIES_REFUSED = """
			{"type": "about:blank", "title": "Ошибка проверки данных", "status": 422,
			 "detail": "Ничего не сохранено: ошибок — 1. Исправьте строки из списка и отправьте все точки снова.",
			 "accepted": 0,
			 "rejected": [{"line": 2, "field": "date", "message": "Поле «date»: «вчера» — не дата"}],
			 "errors": [{"field": "date", "message": "Поле «date»: «вчера» — не дата"}]}""";

	private FeedbackExamples() {
	}
}
