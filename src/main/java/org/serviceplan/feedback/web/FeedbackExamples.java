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
	static final String CUSTOMERS_CSV = """
			ref;segment;firstPurchase;lastPurchase;revenue
			P-1042;Новые пациенты;15.01.2025;02.11.2026;48 500,00
			P-1043;;2025-03-02;2025-03-02;3200
			""";

	static final String CUSTOMERS_JSON = """
			[{"ref": "P-1042", "segment": "Новые пациенты", "firstPurchase": "2025-01-15", "lastPurchase": "2026-11-02", "revenue": 48500.00},
			 {"ref": "P-1043", "firstPurchase": "2025-03-02", "lastPurchase": "2025-03-02", "revenue": 3200}]""";

	static final String CUSTOMERS_REFUSED = """
			{"type": "about:blank", "title": "Ошибка проверки данных", "status": 422,
			 "detail": "Ничего не загружено: исправьте строки ниже и загрузите файл снова.", "accepted": 0,
			 "rejected": [{"line": 3, "field": "lastPurchase", "message": "Последняя покупка раньше первой."},
			              {"line": 4, "field": "revenue", "message": "«много» — не число."}]}""";

	static final String CUSTOMER_ECONOMICS = """
			{"from": "2026-09-01", "to": "2026-10-31", "segment": null, "customers": 240, "grossMarginPercent": 30,
			 "inactivityDays": 180, "economicsStated": true,
			 "churn": [{"start": "2026-09-01", "end": "2026-10-01", "atStart": 100, "lost": 4, "percent": 4.0},
			           {"start": "2026-10-01", "end": "2026-11-01", "atStart": 100, "lost": 6, "percent": 6.0}],
			 "ltv": {"value": 3000.00, "revenue": 1200000.00, "customerMonths": 2400, "revenuePerCustomerMonth": 500.00,
			         "grossMarginPercent": 30, "churnLost": 10, "churnAtStart": 200, "churnPercent": 5.0,
			         "lifetimeMonths": 20.0}}""";

	private FeedbackExamples() {
	}
}
