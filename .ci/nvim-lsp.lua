-- Neovim (0.7+, as Debian ships it) as a real LSP client of `pm lsp`, headless.
-- Opens PM_FILE, starts the server with Neovim's built-in client, waits for pm's diagnostics,
-- asks for the quick fix of PM104 (severity spelling), applies its workspace edit, saves the file,
-- waits for the diagnostics to drop PM104, and writes what it saw to PM_OUT for .ci/e2e.sh to read.
local file, out, root, jar = os.getenv("PM_FILE"), os.getenv("PM_OUT"), os.getenv("PM_ROOT"), os.getenv("PM_JAR")
local report = {}
local function say(line) table.insert(report, line) end
local function finish(code)
  vim.fn.writefile(report, out)
  vim.cmd(code == 0 and "qall!" or "cquit! " .. code)
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "pm", cmd = { "java", "-jar", jar, "lsp" }, root_dir = root })
if not client_id then say("no client"); finish(3) end
vim.lsp.buf_attach_client(bufnr, client_id)

local function codes()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do found[d.code] = d end
  return found
end

if not vim.wait(60000, function() return codes()["PM104"] ~= nil end, 50) then
  say("no PM104 diagnostic within 60 s"); finish(4)
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local link = d.user_data and d.user_data.lsp and d.user_data.lsp.codeDescription and d.user_data.lsp.codeDescription.href or ""
  say(string.format("diagnostic %s %d:%d %s %s", d.code, d.lnum + 1, d.col + 1, d.message, link))
end

local target = codes()["PM104"]
local lsp_diagnostic = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum, {}, client_id)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) },
  range = { start = { line = target.lnum, character = target.col }, ["end"] = { line = target.end_lnum, character = target.end_col } },
  context = { diagnostics = lsp_diagnostic },
}
local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 60000) or {}
local applied = false
for _, response in pairs(responses) do
  for _, action in ipairs(response.result or {}) do
    say("action " .. (action.kind or "") .. " " .. action.title)
    if not applied and action.kind == "quickfix" and action.edit and action.title:find("PM104", 1, true) then
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
      applied = true
    end
  end
end
if not applied then say("no PM104 quick fix"); finish(5) end
vim.cmd("write")

if not vim.wait(60000, function() return codes()["PM104"] == nil and #vim.diagnostic.get(bufnr) > 0 end, 50) then
  say("PM104 still reported after the fix"); finish(6)
end
for code, _ in pairs(codes()) do say("after " .. code) end
vim.lsp.stop_client(client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
say("done")
finish(0)
