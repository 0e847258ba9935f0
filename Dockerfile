# Build: the Maven wrapper inside a JDK image, tests skipped (CI runs them); run: a JRE with the jar only.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
COPY processes/ processes/
COPY forms/ forms/
COPY templates/ templates/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 tietovahti
WORKDIR /app
COPY --from=build /src/target/tietovahti-*.jar /app/tietovahti.jar
USER tietovahti
EXPOSE 8080
ENV TZ=Europe/Helsinki
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-Duser.timezone=Europe/Helsinki", "-jar", "/app/tietovahti.jar"]
