package dk.jobmatch.webhook;

import dk.jobmatch.api.WebhooksApi;
import dk.jobmatch.api.model.WebhookDeliveryPageDto;
import dk.jobmatch.api.model.WebhookDto;
import dk.jobmatch.api.model.WebhookListDto;
import dk.jobmatch.api.model.WebhookRequestDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URI;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class WebhookController implements WebhooksApi {

    private final Subscriptions subscriptions;
    private final WebhookMapper mapper;

    WebhookController(Subscriptions subscriptions, WebhookMapper mapper) {
        this.subscriptions = subscriptions;
        this.mapper = mapper;
    }

    @Override
    public HttpResponse<WebhookDto> createWebhook(WebhookRequestDto request) {
        Subscription created = subscriptions.create(request.getUrl(), mapper.toDomain(request.getEventTypes()));
        return HttpResponse.created(mapper.toDtoWithSecret(created), URI.create("/api/v1/webhooks/" + created.id()));
    }

    @Override
    public WebhookListDto listWebhooks() {
        return new WebhookListDto(subscriptions.list().stream().map(mapper::toDto).toList());
    }

    // The generated interface only produces problem+json (the 204 has no body); accept JSON clients too.
    @Override
    @Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
    public HttpResponse<Void> deleteWebhook(String webhookId) {
        subscriptions.delete(webhookId);
        return HttpResponse.noContent();
    }

    @Override
    public WebhookDeliveryPageDto listWebhookDeliveries(String webhookId, Integer page, Integer size) {
        Paging paging = Paging.of(page, size);
        return mapper.toPage(subscriptions.deliveries(webhookId, paging), paging);
    }
}
