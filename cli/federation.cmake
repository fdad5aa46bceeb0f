# federations / gpus commands: pure formatting over the federation and GPU models.
target_sources(fedconsole-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/FederationCommand.h ${CMAKE_CURRENT_LIST_DIR}/FederationCommand.cpp)
