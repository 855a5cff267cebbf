local qs = {"Vad fokuserar Sölvesborg på?", "Hur länge gäller avtalet i Vellinge?", "Vem är kommunpolis i Sölvesborg?", "Vad betyder medborgarlöfte?", "Vilka kommuner har grannsamverkan?", "What does Kävlinge focus on?"}
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"conversation": "bench-conversation-%05d", "text": "%s"}', n % 500, qs[n % #qs + 1])
  return wrk.format("POST", "/api/chat", {["Content-Type"] = "application/json"}, body)
end
