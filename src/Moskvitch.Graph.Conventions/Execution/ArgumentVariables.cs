using GraphQLParser.AST;

namespace Moskvitch.Graph.Conventions;

/// <summary>Where a document's argument values read variables.</summary>
internal static class ArgumentVariables
{
    /// <summary>True when a value of <paramref name="arguments"/> is a variable or holds one (in a list or an input object).</summary>
    public static bool Any(GraphQLArguments? arguments)
    {
        var stack = new Stack<ASTNode>();
        foreach (var argument in arguments?.Items ?? [])
        {
            stack.Push(argument.Value);
        }

        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case GraphQLVariable:
                    return true;
                case GraphQLListValue list:
                    list.Values?.ForEach(stack.Push);
                    break;
                case GraphQLObjectValue value:
                    value.Fields?.ForEach(f => stack.Push(f.Value));
                    break;
            }
        }

        return false;
    }
}
