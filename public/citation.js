// The citation block's copy button. Progressive enhancement: without this script the button
// stays hidden and the citation is plain text to select; with it, one click copies the text.
for (const button of document.querySelectorAll("button[data-copy-target]")) {
  const source = document.getElementById(button.dataset.copyTarget);
  const status = button.parentElement.querySelector(".copy-status");
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.textContent.trim());
      if (status) status.textContent = "Copied.";
    } catch {
      if (status) status.textContent = "Could not copy: select the text and copy it by hand.";
    }
  });
}
