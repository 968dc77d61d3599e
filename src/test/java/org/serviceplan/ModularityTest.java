package org.serviceplan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** One package per business capability, dependencies one way; writes docs/modules from the code. */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(ServicePlanApplication.class);

	@Test
	void modulesDependOnlyOnWhatTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeIndividualModulesAsPlantUml();
	}
}
