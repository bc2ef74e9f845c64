package org.haven.reporting.web;

import jakarta.faces.context.FacesContext;
import org.haven.platform.web.LocaleBean;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * A sent report's receipt, shown by one response only: the first read moves it from the view (kept in the
 * session) to the request, so that no later request of this view, a reload that re-posts included, sees it.
 */
class OneTimeReceipt implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = ReportWizardBean.class.getName() + ".receipt";

    private String shown;

    String show(SentReport sent, FacesContext faces) {
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        if (sent.getReceipt() != null) {
            request.put(ATTRIBUTE, sent.getReceipt());
            shown = sent.getReceipt();
            sent.forgetReceipt();
        } else if (shown != null && LocaleBean.switching(faces)) {
            // The same page in the other language: the receipt it showed shows again (never on a reload: the
            // page replaces its history entry, and any other request of this view forgets it).
            request.put(ATTRIBUTE, shown);
        } else if (!request.containsKey(ATTRIBUTE)) {
            shown = null;
        }
        return (String) request.get(ATTRIBUTE);
    }
}
