/**
 * Ribbon commands. The manifest's FunctionFile is the shared runtime page (taskpane.html), so these
 * handlers run in the same long-lived runtime as the task pane and the custom functions.
 *   openPane: the "KTD5" button on the Home tab; shows the task pane (SharedRuntime 1.1).
 */

/** Shows the task pane, then tells Office the command is done (even if showing failed). */
export async function openPane(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Nothing to report from a ribbon click: the pane can still be opened from the add-ins menu.
  } finally {
    event.completed();
  }
}

// Outside Office (the standalone page) there is no `Office`: nothing to register.
if (typeof Office !== 'undefined' && Office.actions && typeof Office.actions.associate === 'function') {
  Office.actions.associate('openPane', openPane);
}
