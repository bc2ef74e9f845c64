package org.haven.notify.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.haven.notify.application.MailDeliveries;
import org.haven.notify.domain.DeliveryStatus;
import org.haven.platform.errors.Refusal;
import org.haven.platform.web.FacesMessages;

import java.util.List;

/** The e-mail delivery log for the district administrator (/admin/deliveries.xhtml): state, failures, retry. */
@Named("deliveriesBean")
@RequestScoped
public class DeliveriesBean {

    @Inject
    MailDeliveries deliveries;

    private MailDeliveries.Overview overview;

    public MailDeliveries.Overview getOverview() {
        if (overview == null) {
            overview = deliveries.overview();
        }
        return overview;
    }

    public List<DeliveryStatus> getStatuses() {
        return List.of(DeliveryStatus.values());
    }

    public void retry(long id) {
        try {
            deliveries.retry(id);
            FacesMessages.info("notify.delivery.retried");
        } catch (Refusal e) {
            e.errors().forEach(f -> FacesMessages.error(null, f.key(), f.args()));
        }
        overview = null;
    }
}
