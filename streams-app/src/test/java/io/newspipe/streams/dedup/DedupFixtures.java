package io.newspipe.streams.dedup;

/** Short real-looking news texts shared by the dedup tests. */
final class DedupFixtures {
    static final String STORY = """
            A magnitude 6.1 earthquake struck Malatya province in eastern Turkey early on Tuesday, killing at least 14 people and injuring more than 200, the disaster agency said.

            The quake hit at 4:17 a.m. local time at a depth of about 10 kilometres, centred near the town of Yesilyurt. Residents ran into the streets in freezing temperatures as buildings swayed and power was cut.

            The provincial governor said 38 buildings had collapsed, most of them older apartment blocks already damaged in 2023. Search teams were working through the rubble of a five-storey block where nine people were believed trapped.

            Hospitals moved patients into tents in their gardens as a precaution, and the health ministry sent ambulances and field hospitals from neighbouring provinces.""";

    static final String COPY_WITH_BOILERPLATE = "ANKARA (Global Wire) - " + STORY
            + "\n\nRead more: Five things to know about the region's economy\n\nSource: Global Wire";

    static final String OTHER_STORY_SAME_EVENT = """
            Rescue workers in Malatya pulled a nine-year-old girl alive from the rubble of a collapsed apartment block on Wednesday, more than 30 hours after the earthquake that struck eastern Turkey.

            Television footage showed rescuers applauding as the girl, wrapped in a foil blanket, was carried to an ambulance. Her mother and brother had been rescued from the same building on Tuesday.

            More than 3,000 search and rescue personnel, including teams from Azerbaijan and Greece, are now working in the province, the disaster agency said, using sniffer dogs and thermal cameras.

            Thousands of residents spent a second night in cars, mosques and sports halls after hundreds of aftershocks.""";

    private DedupFixtures() {
    }
}
