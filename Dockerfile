# Builds the Newspipe launcher and runs one of its commands (streams, producer, lag, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/launcher/target/launcher.jar /app/launcher.jar
COPY --from=build /src/launcher/target/lib /app/lib
# transparent huge pages for the heap where the host's kernel offers them (see the launcher script ./newspipe);
# the check keeps the JVM from printing a warning on stdout where it does not
ENTRYPOINT ["/bin/sh", "-c", "THP=; grep -qE '\\[(always|madvise)\\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null && THP=-XX:+UseTransparentHugePages; exec java -XX:+UseParallelGC $THP -cp '/app/launcher.jar:/app/lib/*' io.newspipe.cli.Main \"$@\"", "newspipe"]
CMD ["--help"]
