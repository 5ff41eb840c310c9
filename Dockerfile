# Builds the Newspipe launcher and runs one of its commands (streams, producer, lag, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/launcher/target/launcher.jar /app/launcher.jar
COPY --from=build /src/launcher/target/lib /app/lib
ENTRYPOINT ["java", "-XX:+UseParallelGC", "-cp", "/app/launcher.jar:/app/lib/*", "io.newspipe.cli.Main"]
CMD ["--help"]
