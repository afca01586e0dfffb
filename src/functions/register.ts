/**
 * Entry of the custom functions in the shared runtime. Excel provides the `CustomFunctions` global;
 * outside Excel (a plain browser, the sandbox) it is absent and the functions are not registered,
 * so the task pane still loads and explains where it runs.
 */
if (typeof CustomFunctions !== "undefined") {
  void import(/* webpackMode: "eager" */ "./functions");
}
export {};
