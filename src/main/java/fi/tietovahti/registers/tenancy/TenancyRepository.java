package fi.tietovahti.registers.tenancy;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenancyRepository extends JpaRepository<Tenancy, Long> {
}
