package org.haven.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps a page's view parameters ({@code ?id=12}) in the address its forms post to. Without it a form posted from
 * {@code /staff/case.xhtml?id=12} answered at {@code /staff/case.xhtml}: reloading that page, bookmarking it or
 * sharing its address gave "page not found" (issue 23). Only the current view's own parameters are added, with the
 * values the page was shown with; links to other views are left alone.
 */
public class ViewParamsInFormAction extends ViewHandlerWrapper {

    /** Set while Faces builds a redirect or a link: those carry their own parameters, never the current ones. */
    private static final String OTHER_URL = ViewParamsInFormAction.class.getName() + ".buildingOtherUrl";

    public ViewParamsInFormAction(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return withoutCurrentParameters(context, () -> super.getRedirectURL(context, viewId, parameters,
                includeViewParams));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return withoutCurrentParameters(context, () -> super.getBookmarkableURL(context, viewId, parameters,
                includeViewParams));
    }

    private static String withoutCurrentParameters(FacesContext context, Supplier<String> url) {
        Object before = context.getAttributes().put(OTHER_URL, Boolean.TRUE);
        try {
            return url.get();
        } finally {
            if (before == null) {
                context.getAttributes().remove(OTHER_URL);
            }
        }
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || viewId == null || !viewId.equals(root.getViewId())
                || context.getAttributes().containsKey(OTHER_URL)) {
            return url;
        }
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty() && !url.contains(parameter.getName() + "=")) {
                shown.put(parameter.getName(), List.of(value));
            }
        }
        return shown.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, shown);
    }
}
