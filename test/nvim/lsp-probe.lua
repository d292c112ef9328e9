-- Runs inside `nvim --headless --clean`: starts the language server through Neovim's own LSP client,
-- asks for a hover and a definition, writes what came back as JSON, and quits. Neovim 0.7 API
-- (Debian bookworm ships 0.7.2: vim.lsp.start_client + buf_attach_client; vim.lsp.start is 0.8+).
-- Environment: PROBE_SERVER (path to dist/server.js), PROBE_NODE, PROBE_DRAFT, PROBE_ROOT, PROBE_OUT,
-- PROBE_HOVER_WORD, PROBE_DEFINITION_WORD.
local env = function(name)
  local value = os.getenv(name)
  if not value or value == '' then error('missing environment variable ' .. name) end
  return value
end

local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch, requests = {} }

local function write_result()
  local file = assert(io.open(env('PROBE_OUT'), 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

-- The LSP position (0-based line, UTF-16 character) of the middle of the first occurrence of a word.
local function position_of(bufnr, word)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, line in ipairs(lines) do
    local s = line:find(word, 1, true)
    if s then
      local byte = s - 1 + math.floor(#word / 2)
      local _, utf16 = vim.str_utfindex(line, byte)
      return { line = i - 1, character = utf16 }
    end
  end
  error('word not in draft: ' .. word)
end

-- Sends a request and waits for a non-empty answer: the server may still be loading its data.
local function request(bufnr, client_id, method, word)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = position_of(bufnr, word),
  }
  local entry = { method = method, word = word, params = params }
  table.insert(result.requests, entry)
  local deadline = vim.loop.now() + 20000
  repeat
    local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 5000)
    if err then entry.error = tostring(err) end
    local response = responses and responses[client_id]
    if response then
      entry.error = response.err and vim.inspect(response.err) or nil
      entry.result = response.result
      if response.result ~= nil and response.result ~= vim.NIL and not vim.tbl_isempty(response.result) then return end
    end
    vim.wait(200)
  until vim.loop.now() > deadline
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env('PROBE_DRAFT')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'

  local stderr = {}
  local client_id = vim.lsp.start_client({
    name = 'asean-ref',
    cmd = { env('PROBE_NODE'), env('PROBE_SERVER'), '--stdio' },
    root_dir = env('PROBE_ROOT'),
    workspace_folders = { { uri = vim.uri_from_fname(env('PROBE_ROOT')), name = 'drafts' } },
    on_exit = function(code, signal) result.server_exit = { code = code, signal = signal } end,
    handlers = {
      ['window/logMessage'] = function(_, message) table.insert(stderr, message.message) end,
      ['window/showMessage'] = function(_, message) table.insert(stderr, message.message) end,
    },
  })
  if not client_id then error('vim.lsp.start_client failed') end
  result.log = stderr
  local client = vim.lsp.get_client_by_id(client_id)
  if not vim.wait(20000, function() return client.initialized == true end, 50) then
    error('the server did not finish initialize within 20 s')
  end
  vim.lsp.buf_attach_client(bufnr, client_id)
  result.server_name = client.server_capabilities and client.server_capabilities.serverInfo
  result.capabilities = {
    hover = client.server_capabilities.hoverProvider and true or false,
    definition = client.server_capabilities.definitionProvider and true or false,
    completion = client.server_capabilities.completionProvider ~= nil,
  }

  request(bufnr, client_id, 'textDocument/hover', env('PROBE_HOVER_WORD'))
  request(bufnr, client_id, 'textDocument/definition', env('PROBE_DEFINITION_WORD'))
  vim.lsp.stop_client(client_id)
end)

if not ok then result.failure = tostring(err) end
write_result()
vim.cmd('qall!')
