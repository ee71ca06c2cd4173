package cn.ezhou.yshj.observer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last certificate sequence number issued in a year; read under a row lock, so numbers are never reused. */
@Entity
@Table(name = "certificate_counter")
public class CertificateCounter {

    @Id
    @Column(name = "issue_year")
    private int year;
    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CertificateCounter() {
    }

    public CertificateCounter(int year) {
        this.year = year;
    }

    public String next() {
        lastValue++;
        return "EZ-GCY-%d-%04d".formatted(year, lastValue);
    }
}
