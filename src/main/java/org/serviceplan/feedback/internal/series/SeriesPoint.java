package org.serviceplan.feedback.internal.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.serviceplan.shared.tenancy.TenantOwned;

/**
 * One value of a named figure from elsewhere on one day — the contact centre's FCR or AHT, an SLA, a marketing
 * figure — optionally for a department or a touchpoint. Imported in bulk, so not kept in history.
 */
@Entity
@Table(name = "feedback_series_point")
public class SeriesPoint extends TenantOwned {

	@Id
	private UUID id;
	private String name;
	private String unit;
	@Column(name = "measured_on")
	private LocalDate day;
	@Column(name = "amount")
	private BigDecimal value;
	private String department;
	private UUID touchpointId;
	@Version
	private long version;

	protected SeriesPoint() {
	}

	SeriesPoint(SeriesValue value) {
		this.id = UUID.randomUUID();
		this.name = value.name();
		this.department = value.department();
		this.touchpointId = value.touchpointId();
		this.day = value.day();
		measured(value);
	}

	/** The same figure on the same day sent again: the new value and unit win. */
	void measured(SeriesValue again) {
		this.unit = again.unit();
		this.value = again.value();
	}

	SeriesValue value() {
		return new SeriesValue(name, unit, day, value, department, touchpointId);
	}

	String key() {
		return value().key();
	}
}
