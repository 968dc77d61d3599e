package org.serviceplan.plan.web;

/** Examples for the OpenAPI document: one clinic's 2027 plan, the same ids throughout. */
final class PlanExamples {

	static final String PLAN_PATH = "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/"
			+ "3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f";

	static final String CHECKPOINT = """
			{"id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "date": "2027-03-31", "title": "Итоги I квартала",
			 "closed": false, "version": 0}""";

	static final String GOAL = """
			{"id": "d4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a", "title": "Повысить лояльность пациентов",
			 "description": "NPS с 20 до 45 к концу года", "position": 0, "tasks": 1, "version": 0}""";

	static final String TASK = """
			{"id": "a7b6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d", "goalId": "d4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a",
			 "block": "Персонал", "position": 0, "title": "Обучить администраторов скриптам приёма",
			 "responsibleId": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c", "coExecutorIds": [],
			 "startDate": "2027-02-01", "dueDate": "2027-03-15",
			 "expectedResult": "Все администраторы прошли аттестацию", "targetMetric": "Прошли аттестацию, %",
			 "targetValue": 100, "reportingFormat": "Отчёт о тренинге раз в месяц",
			 "budget": {"amount": 120000, "currency": "RUB", "source": "Собственный бюджет"},
			 "reward": "Премия 10% от оклада", "status": "PLANNED", "priority": "HIGH", "kind": "TRAINING",
			 "carriedOver": false, "overdue": false, "version": 0, "targetId": null}""";

	static final String NEW_TASK = """
			{"title": "Обучить администраторов скриптам приёма", "goalId": "d4c3b2a1-0f9e-4d8c-b7a6-5f4e3d2c1b0a",
			 "block": "Персонал", "responsibleId": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c",
			 "startDate": "2027-02-01", "dueDate": "2027-03-15",
			 "expectedResult": "Все администраторы прошли аттестацию", "reportingFormat": "Отчёт о тренинге раз в месяц",
			 "budget": {"amount": 120000, "currency": "RUB", "source": "Собственный бюджет"},
			 "reward": "Премия 10% от оклада", "priority": "HIGH", "kind": "TRAINING"}""";

	static final String PLAN = """
			{"id": "3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f", "title": "Сервисный план 2027",
			 "introduction": "Пациенты уходят после первого визита: план переводит диагностику в задачи.",
			 "startDate": "2027-01-01", "endDate": "2027-12-31", "months": 12, "currency": "RUB", "status": "DRAFT",
			 "version": 3, "leadId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
			 "authorIds": ["0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"],
			 "ready": true, "warnings": [],
			 "counts": {"checkpoints": 1, "goals": 1, "tasks": 1, "overdue": 0},
			 "checkpoints": [""" + CHECKPOINT + "], \"goals\": [" + GOAL + "], \"tasks\": [" + TASK + "]}";

	static final String PLAN_SUMMARY = """
			{"id": "3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f", "title": "Сервисный план 2027",
			 "startDate": "2027-01-01", "endDate": "2027-12-31", "status": "ACTIVE",
			 "leadId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "version": 7,
			 "counts": {"checkpoints": 4, "goals": 3, "tasks": 9, "overdue": 1}}""";

	static final String REPORT = """
			{"id": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b", "checkpointId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
			 "taskId": "a7b6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d", "taskTitle": "Обучить администраторов скриптам приёма",
			 "authorId": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c", "progress": 60,
			 "result": "Обучены 6 из 10 администраторов", "deviation": "Двое в отпуске до 20 марта",
			 "nextSteps": "Второй поток 22 марта", "spent": 70000, "filedAt": "2027-03-30T15:20:00Z", "version": 0}""";

	static final String NOT_READY = """
			{"title": "Ошибка проверки данных", "status": 422,
			 "detail": "План нельзя отправить на утверждение: не заполнены обязательные разделы.",
			 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f/submit",
			 "errors": [{"field": "readiness.PERIOD_AND_CHECKPOINTS",
			   "message": "Период и контрольные точки: Добавьте хотя бы одну контрольную точку."},
			  {"field": "readiness.BUDGET_WITH_SOURCE",
			   "message": "Бюджет и источник финансирования: У задачи «Открыть колл-центр» не указан бюджет (укажите 0, если затрат нет)."}],
			 "missingParts": ["PERIOD_AND_CHECKPOINTS", "BUDGET_WITH_SOURCE"]}""";

	static final String WRONG_STATE = """
			{"title": "Недоступно в этом статусе", "status": 409, "detail": "Действие недоступно: план в статусе «На утверждении».",
			 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f/approve",
			 "planStatus": "ON_APPROVAL"}""";

	static final String NOT_LEAD = """
			{"title": "Доступ запрещён", "status": 403,
			 "detail": "Закрыть план может только ответственный за план или владелец.",
			 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/plans/3b9d2f4e-7c1a-4e8b-9d2f-5a6b7c8d9e0f/close"}""";

	private PlanExamples() {
	}
}
