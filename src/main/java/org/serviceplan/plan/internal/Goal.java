package org.serviceplan.plan.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.serviceplan.shared.tenancy.TenantOwned;

/** A global task (глобальная задача): what the concrete tasks under it achieve together. */
@Entity
@Table(name = "plan_goal")
@Audited
public class Goal extends TenantOwned {

	@Id
	private UUID id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "plan_id")
	private ServicePlan plan;
	private String title;
	private String description;
	private int position;
	@Version
	private long version;

	protected Goal() {
	}

	Goal(ServicePlan plan, String title, String description, int position) {
		this.id = UUID.randomUUID();
		this.plan = plan;
		this.position = position;
		describe(title, description);
	}

	void describe(String newTitle, String newDescription) {
		this.title = Texts.required("title", newTitle, 300);
		this.description = Texts.optional("description", newDescription, 4000);
	}

	public UUID id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public int position() {
		return position;
	}

	public long version() {
		return version;
	}
}
