package org.serviceplan.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.serviceplan.shared.BusinessRuleViolation;

class DepartmentTreeTest {

	final Department reception = new Department("Ресепшн", null);
	final Department medical = new Department("Медицинский блок", null);
	final Department dentistry = new Department("Стоматология", medical.id());
	final Department surgery = new Department("Хирургия", dentistry.id());
	final DepartmentTree tree = new DepartmentTree(List.of(surgery, reception, dentistry, medical));

	@Test
	void listsParentsBeforeChildrenAlphabeticallyWithDepth() {
		assertThat(tree.nodes()).extracting(n -> n.department().name() + "/" + n.depth())
			.containsExactly("Медицинский блок/0", "Стоматология/1", "Хирургия/2", "Ресепшн/0");
		assertThat(tree.nodes().get(0).hasChildren()).isTrue();
		assertThat(tree.nodes().get(3).hasChildren()).isFalse();
	}

	@Test
	void namesTheFullPathFromTheTop() {
		assertThat(tree.path(surgery.id())).isEqualTo("Медицинский блок / Стоматология / Хирургия");
	}

	@Test
	void rejectsDepartmentInsideItsOwnChild() {
		assertThatThrownBy(() -> tree.checkParent(medical.id(), surgery.id()))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasFieldOrPropertyWithValue("field", "parentId")
			.hasFieldOrPropertyWithValue("messageKey", "department.parent.cycle");
	}

	@Test
	void rejectsDepartmentInsideItself() {
		assertThatThrownBy(() -> tree.checkParent(medical.id(), medical.id())).isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void allowsMovingUnderAnUnrelatedDepartmentOrToTheTop() {
		tree.checkParent(dentistry.id(), reception.id());
		tree.checkParent(dentistry.id(), null);
	}

	@Test
	void rejectsBlankOrOverlongNames() {
		assertThatThrownBy(() -> new Department("  ", null)).hasFieldOrPropertyWithValue("messageKey", "validation.required");
		assertThatThrownBy(() -> new Department("x".repeat(201), null))
			.hasFieldOrPropertyWithValue("messageKey", "validation.tooLong");
	}
}
