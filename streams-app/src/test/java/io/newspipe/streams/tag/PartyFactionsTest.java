package io.newspipe.streams.tag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyFactionsTest {
    @Test
    void aFactionInParenthesesBelongsToTheName() {
        assertThat(PartyFactions.named("Communist Party of Nepal (Unified Marxist–Leninist)")).isTrue();
        assertThat(PartyFactions.named("Communist Party of Nepal (Maoist Centre)")).isTrue();
        assertThat(PartyFactions.named("Communist Party of India (Marxist)")).isTrue();
        assertThat(PartyFactions.named("Pakistan Muslim League (N)")).isTrue();
    }

    @Test
    void aDisambiguationDoesNot() {
        assertThat(PartyFactions.named("Liberal Democratic Party (Japan)")).isFalse();
        assertThat(PartyFactions.named("Brentford (club)")).isFalse();
        assertThat(PartyFactions.named("Democratic Alliance (Portugal, 2024)")).isFalse();
        assertThat(PartyFactions.named("Al Watan (Q)atar")).isFalse();
        assertThat(PartyFactions.named("Communist Party of Nepal")).isFalse();
        assertThat(PartyFactions.named("Party (n)")).isFalse();
    }

    @Test
    void reportedNamesKeepTheFactionOfAnOrganisationOnly() {
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Communist Party of Nepal (Unified Marxist–Leninist)"))
                .isEqualTo("Communist Party of Nepal (Unified Marxist–Leninist)");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Pakistan Muslim League (N)"))
                .isEqualTo("Pakistan Muslim League (N)");
        assertThat(ReportedNames.of(EntityKind.PERSON, "Abdul Kabir (Taliban)")).isEqualTo("Abdul Kabir");
        assertThat(ReportedNames.of(EntityKind.ORGANIZATION, "Colorado Party (Uruguay)")).isEqualTo("Colorado Party");
    }
}
