# syntax=docker/dockerfile:1
# Build stage: compile and package with the Maven wrapper, then split the jar into layers so that
# dependencies (which change rarely) sit in their own image layer. The extracted layout (the
# application jar beside lib/) is the one class-data sharing needs: classes are read from plain
# jars instead of jars nested in the fat jar.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && cp target/studyhall-*.jar studyhall.jar \
 && java -Djarmode=tools -jar studyhall.jar extract --layers --destination extracted

# Runtime stage: a JRE, the layers, a class-data archive, and an unprivileged user.
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system studyhall && useradd --system --gid studyhall --home /app studyhall \
 && mkdir -p /app/files && chown studyhall:studyhall /app/files
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
# The JVM settings of the README and bench/side-by-side.py (docs/benchmarks.md, "Start-up and
# memory"): a fixed heap with the serial collector keeps a node under 600 MB resident.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx320m -Xss512k -XX:ReservedCodeCacheSize=80m"
# Class-data sharing: a training run starts the application up to its refreshed context (an
# in-memory H2, so every migration and the JPA set-up run; no demo data) and writes the classes
# it loaded into app.jsa; each start then maps them instead of reading, verifying and parsing
# them again. The archive names the jar by the path it was trained with: run from /app as below.
# The jar holds Spring AOT code (the pom's process-aot: the embedded profile's bean graph and the
# repositories' queries worked out at build time); the training run and every start without a
# profile use it, a start with SPRING_PROFILES_ACTIVE set (postgres) runs as before.
RUN java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar studyhall.jar \
      --spring.datasource.url=jdbc:h2:mem:training --app.demo-data=false --app.lab.warm-up=false \
      --app.storage.dir=/tmp/training-files \
 && rm -rf /tmp/training-files
USER studyhall
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fs http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $([ -n \"$SPRING_PROFILES_ACTIVE\" ] || echo -Dspring.aot.enabled=true) \"$@\"", "java", \
            "-XX:SharedArchiveFile=app.jsa", "-jar", "studyhall.jar"]
