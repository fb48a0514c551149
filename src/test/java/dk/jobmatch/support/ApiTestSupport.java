package dk.jobmatch.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import javax.sql.DataSource;

/** Shared set-up of the @ServerTest API tests: the real server, its database and a consultant. */
public abstract class ApiTestSupport {

    @Inject
    EmbeddedServer server;
    @Inject
    DataSource dataSource;

    protected Api api;
    protected Tables tables;
    protected String consultant;

    protected int port() {
        return server.getPort();
    }

    @BeforeEach
    void connect() {
        api = new Api(server.getPort());
        tables = new Tables(dataSource);
        consultant = api.consultant();
    }
}
