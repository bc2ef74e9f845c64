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

/**
 * Keeps a page's view parameters ({@code ?id=12}) in the address its forms post to. Without it a form posted from
 * {@code /staff/case.xhtml?id=12} answered at {@code /staff/case.xhtml}: reloading that page, bookmarking it or
 * sharing its address gave "page not found" (issue 23). Only the current view's own parameters are added, with the
 * values the page was shown with; links to other views are left alone.
 */
public class ViewParamsInFormAction extends ViewHandlerWrapper {

    public ViewParamsInFormAction(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || viewId == null || !viewId.equals(root.getViewId())) {
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
