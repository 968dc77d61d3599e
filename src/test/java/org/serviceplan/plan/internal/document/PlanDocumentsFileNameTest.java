package org.serviceplan.plan.internal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.serviceplan.plan.internal.document.PlanDocuments.Format;
import org.serviceplan.shared.BusinessRuleViolation;

class PlanDocumentsFileNameTest {

	@Test
	void fileNameDropsWhatFileSystemsRefuse() {
		assertThat(PlanDocuments.fileName("План: 2027/2028 <черновик>?")).isEqualTo("План 2027 2028 черновик");
		assertThat(PlanDocuments.fileName(" / ")).isEqualTo("plan");
	}

	@Test
	void onlyPdfAndDocxAreFormats() {
		assertThat(Format.of("PDF")).isEqualTo(Format.PDF);
		assertThat(Format.of(" docx")).isEqualTo(Format.DOCX);
		assertThatThrownBy(() -> Format.of("xls")).isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "format");
	}
}
