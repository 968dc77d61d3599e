package org.serviceplan.journey.web;

/** Examples for the OpenAPI document: the clinic's "patient visit" journey, the same ids throughout. */
final class JourneyExamples {

	static final String PAIN = """
			{"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
			 "description": "Администратор не поднимает глаз от монитора", "severity": 4, "frequency": 3, "weight": 12,
			 "source": "AUDIT", "status": "OPEN", "version": 0}""";

	static final String IDEA = """
			{"id": "6e5d4c3b-2a1f-4e0d-9c8b-7a6f5e4d3c2b", "touchpointId": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
			 "kind": "IDEAL_FUTURE", "text": "Администратор встаёт и здоровается по имени",
			 "authorId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "version": 0}""";

	static final String TOUCHPOINT = """
			{"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "stageId": null, "zoneId": null,
			 "elementId": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", "name": "Приветствие",
			 "description": "Администратор приветствует пациента у стойки", "channel": "OFFLINE",
			 "departmentId": "d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a", "responsibleId": "f1a2b3c4-d5e6-4f7a-8b9c-0d1e2f3a4b5c",
			 "icon": "handshake", "expectation": 4, "quality": 2, "expectationGap": {"value": -2, "verdict": "BAD"},
			 "tangibleEvidence": "Бейдж с именем, чистая стойка", "notes": null, "position": 0, "version": 0,
			 "pains": [""" + PAIN + "], \"ideas\": [" + IDEA + "]}";

	static final String ELEMENT = """
			{"id": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", "zoneId": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d",
			 "name": "Стойка", "position": 0, "version": 0, "touchpoints": [""" + TOUCHPOINT + "]}";

	static final String ZONE = """
			{"id": "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d", "stageId": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
			 "name": "Ресепшн", "position": 1, "version": 0, "touchpoints": [], "elements": [""" + ELEMENT + "]}";

	static final String STAGE = """
			{"id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e", "name": "Во время визита", "position": 1, "version": 0,
			 "touchpoints": [], "zones": [""" + ZONE + "]}";

	static final String JOURNEY = """
			{"id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "title": "Визит пациента",
			 "description": "Путь пациента от записи до повторного визита", "segment": "Новые пациенты",
			 "expectedDurationDays": 14, "status": "AS_IS", "toBeOf": null, "version": 2, "stages": [""" + STAGE + "]}";

	static final String SUMMARY = """
			{"id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "title": "Визит пациента", "segment": "Новые пациенты",
			 "expectedDurationDays": 14, "status": "AS_IS", "toBeOf": null, "stages": 3, "touchpoints": 24,
			 "openPains": 11, "version": 2}""";

	static final String PROBLEM_422 = """
			{"title": "Ошибка проверки данных", "status": 422, "detail": "Проверьте поля формы.",
			 "errors": [{"field": "severity", "message": "Оценка — от 1 до 5."}],
			 "instance": "/api/v1/workspaces/6f1c2c1e-8a3e-4a53-9f0e-1a2b3c4d5e6f/journeys/7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d/touchpoints/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f/pains"}""";

	private JourneyExamples() {
	}
}
